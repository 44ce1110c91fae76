using Isolated.Modules.Time;
using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Pwd;

/// <summary><c>pwd</c>: the Unix user database (getpwuid, getpwnam, getpwall) as
/// pwd.struct_passwd records. os.path.expanduser and pathlib use it when HOME is unset.</summary>
public static class PwdModule
{
    static readonly string[] Fields = ["pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"];

    public static PyType CreateStructPasswd(BuiltinTypes types) => StructSeqBuilder.Create(types, "pwd", "struct_passwd", Fields, []);

    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "pwd");
        m.Dict.SetStr("__doc__", interp.Str("This module provides access to the Unix password database.\nIt is available on all Unix versions.\n\nPassword database entries are reported as 7-tuples containing the following\nitems from the password database (see `<pwd.h>'), in order:\npw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\nThe uid and gid items are integers, all others are strings. An\nexception is raised if the entry asked for cannot be found."));
        WeakrefModule.Add(m, "getpwuid", GetPwUid);
        WeakrefModule.Add(m, "getpwnam", GetPwNam);
        WeakrefModule.Add(m, "getpwall", GetPwAll);
        m.Dict.SetStr("struct_passwd", interp.Types.StructPasswd);
        return m;
    }

    static PyObject Record(Interpreter interp, UserDatabaseNative.UserEntry e) =>
        StructSeqBuilder.Make(interp.Types.StructPasswd,
            [interp.Str(e.Name), interp.Str(e.Password), interp.Int(e.Uid), interp.Int(e.Gid), interp.Str(e.Gecos), interp.Str(e.Dir), interp.Str(e.Shell)], []);

    static PyObject? GetPwUid(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "getpwuid", args, kw, 1, 1)) return null;
        if (args[0] is not PyInt id) return ts.Raise(ExceptionKind.TypeError, $"uid should be integer, not {args[0].Type.Name}");
        var value = id.ToBigInteger();
        // -1 is (uid_t)-1, as CPython's uid converter; other out-of-range values match no one.
        bool valid = value >= -1 && value <= uint.MaxValue - 1;
        var key = valid ? $"getpwuid(): uid not found: {value}" : "getpwuid(): uid not found";
        if (!valid) return ts.Raise(ts.Interpreter.ExceptionType(ExceptionKind.KeyError), key);
        var entry = UserDatabaseNative.UserById(value == -1 ? uint.MaxValue : (uint)value);
        return entry is { } e ? Record(ts.Interpreter, e) : ts.Raise(ts.Interpreter.ExceptionType(ExceptionKind.KeyError), key);
    }

    static PyObject? GetPwNam(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "getpwnam", args, kw, 1, 1)) return null;
        if (UserDatabaseErrors.Name(ts, "getpwnam", args[0]) is not { } name) return null;
        return UserDatabaseNative.UserByName(name.Value) is { } e
            ? Record(ts.Interpreter, e) : UserDatabaseErrors.NameNotFound(ts, "getpwnam", name);
    }

    static PyObject? GetPwAll(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "getpwall", args, kw, 0, 0)) return null;
        var interp = ts.Interpreter;
        var list = new PyList(interp.Types.List);
        foreach (var f in UserDatabaseNative.ReadDatabase("/etc/passwd", 7))
        {
            if (!uint.TryParse(f[2], out uint uid) || !uint.TryParse(f[3], out uint gid)) continue;
            list.Append(Record(interp, new UserDatabaseNative.UserEntry(f[0], f[1], uid, gid, f[4], f[5], f[6])));
        }
        return list;
    }
}
