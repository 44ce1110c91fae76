using System.Text;
using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;
using Isolated.Text.Unicode;

namespace Isolated.Modules.Unicodedata;

/// <summary>
/// <c>unicodedata</c> over the built-in Unicode 15.0.0 database (<see cref="UnicodeDatabase"/>).
/// The module's functions answer for 15.0.0; <c>ucd_3_2_0</c> (used by stringprep/idna) is a UCD
/// object whose methods treat characters assigned after Unicode 3.2.0 as unassigned — the other,
/// small property changes between 3.2.0 and 15.0.0 are not modelled.
/// </summary>
public static class UnicodedataModule
{
    /// <summary>A UCD object: the database seen at one Unicode version.</summary>
    sealed class PyUcd : PyObject
    {
        public readonly bool Only32;
        public PyUcd(PyType type, bool only32) : base(type) => Only32 = only32;
    }

    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        if (UnicodeDatabase.Instance is not { } db)
            return (PyModule?)ts.Raise(ExceptionKind.ImportError, "unicodedata: " + UnicodeDatabase.MissingMessage);
        var m = ModuleType.New(interp, "unicodedata");
        m.Dict.SetStr("__doc__", interp.Str("This module provides access to the Unicode Character Database which\ndefines character properties for all Unicode characters. The data in\nthis database is based on the UnicodeData.txt file version\n15.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\nThe module uses the same names and symbols as defined by the\nUnicodeData File Format 15.0.0."));
        m.Dict.SetStr("unidata_version", interp.Str(db.Version));
        var ucdType = interp.Types.NewBuiltin("UCD", interp.Types.Object, TypeFlags.None, static s =>
        {
            s.New = static (ts, type, args, kw) => ts.Raise(ExceptionKind.TypeError, "cannot create 'unicodedata.UCD' instances");
        }, static (ts, t) =>
        {
            foreach (var (name, fn) in Functions) t.AddMethod(name, fn);
            t.AddGetSet("unidata_version", static (ts, self) => ts.Interpreter.Str(((PyUcd)self).Only32 ? "3.2.0" : UnicodeDatabase.Instance!.Version));
        });
        ucdType.Dict.SetStr("__module__", interp.Str("unicodedata"));
        m.Dict.SetStr("UCD", ucdType);
        m.Dict.SetStr("ucd_3_2_0", new PyUcd(ucdType, only32: true));
        foreach (var (name, fn) in Functions) WeakrefModule.Add(m, name, fn);
        return m;
    }

    static readonly (string, BuiltinMethod)[] Functions =
    [
        ("category", static (ts, self, a, k) => Property(ts, self, a, k, "category", static (db, cp) => db.Category(cp), "Cn")),
        ("bidirectional", static (ts, self, a, k) => Property(ts, self, a, k, "bidirectional", static (db, cp) => db.Bidirectional(cp), "")),
        ("east_asian_width", static (ts, self, a, k) => Property(ts, self, a, k, "east_asian_width", static (db, cp) => db.EastAsianWidth(cp), "N")),
        ("decomposition", static (ts, self, a, k) => Property(ts, self, a, k, "decomposition", static (db, cp) => db.Decomposition(cp), "")),
        ("combining", static (ts, self, a, k) => IntProperty(ts, self, a, k, "combining", static (db, cp) => db.Combining(cp))),
        ("mirrored", static (ts, self, a, k) => IntProperty(ts, self, a, k, "mirrored", static (db, cp) => db.Mirrored(cp) ? 1 : 0)),
        ("decimal", static (ts, self, a, k) => Value(ts, self, a, k, "decimal", "not a decimal", static (db, cp) => db.Decimal(cp))),
        ("digit", static (ts, self, a, k) => Value(ts, self, a, k, "digit", "not a digit", static (db, cp) => db.Digit(cp))),
        ("numeric", Numeric),
        ("name", Name),
        ("lookup", Lookup),
        ("normalize", static (ts, self, a, k) => Normalize(ts, self, a, k, "normalize", check: false)),
        ("is_normalized", static (ts, self, a, k) => Normalize(ts, self, a, k, "is_normalized", check: true)),
    ];

    static UnicodeDatabase Db => UnicodeDatabase.Instance!;

    static bool Only32(PyObject self) => self is PyUcd { Only32: true };

    /// <summary>The one-character str argument as a code point, or -1 with TypeError set.</summary>
    static int Char(ThreadState ts, PyObject arg, string function)
    {
        if (arg is PyStr s && s.CodePointLength == 1)
        {
            int i = 0;
            return PyStr.NextCodePoint(s.Value, ref i);
        }
        ts.Raise(ExceptionKind.TypeError, arg is PyStr
            ? $"{function}() argument must be a unicode character, not str"
            : $"{function}() argument must be a unicode character, not {arg.Type.Name}");
        return -1;
    }

    /// <summary>The character of a call (chr[, default]); false with the error set.</summary>
    static bool Args(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, string function, int max, out int cp, out bool visible)
    {
        cp = -1;
        visible = false;
        if (!ArgBinder.CheckPositional(ts, function, args, kw, 1, max)) return false;
        cp = Char(ts, args[0], function);
        if (cp < 0) return false;
        visible = !Only32(self) || Db.AssignedIn32(cp);
        return true;
    }

    static PyObject? Property(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, string function,
                              Func<UnicodeDatabase, int, string> get, string unassigned)
    {
        if (!Args(ts, self, args, kw, function, 1, out int cp, out bool visible)) return null;
        return ts.Interpreter.Str(visible ? get(Db, cp) : unassigned);
    }

    static PyObject? IntProperty(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, string function, Func<UnicodeDatabase, int, int> get)
    {
        if (!Args(ts, self, args, kw, function, 1, out int cp, out bool visible)) return null;
        return ts.Interpreter.Int(visible ? get(Db, cp) : 0);
    }

    static PyObject? Value(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, string function, string missing,
                           Func<UnicodeDatabase, int, int> get)
    {
        if (!Args(ts, self, args, kw, function, 2, out int cp, out bool visible)) return null;
        int v = visible ? get(Db, cp) : -1;
        if (v >= 0) return ts.Interpreter.Int(v);
        if (args.Length > 1) return args[1];
        return ts.Raise(ExceptionKind.ValueError, missing);
    }

    static PyObject? Numeric(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Args(ts, self, args, kw, "numeric", 2, out int cp, out bool visible)) return null;
        double v = visible ? Db.Numeric(cp) : double.NaN;
        if (!double.IsNaN(v)) return new PyFloat(ts.Interpreter.Types.Float, v);
        if (args.Length > 1) return args[1];
        return ts.Raise(ExceptionKind.ValueError, "not a numeric character");
    }

    static PyObject? Name(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Args(ts, self, args, kw, "name", 2, out int cp, out bool visible)) return null;
        if (visible && Db.Name(cp) is { } name) return ts.Interpreter.Str(name);
        if (args.Length > 1) return args[1];
        return ts.Raise(ExceptionKind.ValueError, "no such name");
    }

    static PyObject? Lookup(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "lookup", args, kw, 1, 1)) return null;
        string name;
        if (args[0] is PyStr s) name = s.Value;
        else if (args[0] is PyBytes b) name = Encoding.Latin1.GetString(b.Value);
        else return ts.Raise(ExceptionKind.TypeError, $"lookup() argument must be str, not {args[0].Type.Name}");
        if (name.Length > 256) return ts.Raise(ExceptionKind.KeyError, "name too long");
        int cp = Db.Lookup(name);
        if (cp >= 0 && (!Only32(self) || Db.AssignedIn32(cp)))
            return ts.Interpreter.Str(char.ConvertFromUtf32(cp));
        if (!Only32(self) && Db.NamedSequence(name) is { } sequence) return ts.Interpreter.Str(sequence);
        return ts.Raise(ExceptionKind.KeyError, $"undefined character name '{name}'");
    }

    static PyObject? Normalize(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, string function, bool check)
    {
        if (!ArgBinder.CheckPositional(ts, function, args, kw, 2, 2)) return null;
        if (args[0] is not PyStr form) return ts.Raise(ExceptionKind.TypeError, $"{function}() argument 1 must be str, not {args[0].Type.Name}");
        if (args[1] is not PyStr text) return ts.Raise(ExceptionKind.TypeError, $"{function}() argument 2 must be str, not {args[1].Type.Name}");
        bool compose, compat;
        switch (form.Value)
        {
            case "NFC": compose = true; compat = false; break;
            case "NFD": compose = false; compat = false; break;
            case "NFKC": compose = true; compat = true; break;
            case "NFKD": compose = false; compat = true; break;
            default: return ts.Raise(ExceptionKind.ValueError, "invalid normalization form");
        }
        string value = text.Value;
        // Pure ASCII is already in every normalization form.
        string result = System.Text.Ascii.IsValid(value) ? value : Db.Normalize(value, compose, compat, Only32(self));
        if (check) return ts.Interpreter.Bool(result == value);
        return result == value ? text : ts.Interpreter.Str(result);
    }
}
