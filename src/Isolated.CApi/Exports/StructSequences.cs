using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Modules.Time;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>Struct sequences made from C (structseq.h): the same named-tuple-like types the
/// runtime's own modules use (time.struct_time, os.stat_result), built by StructSeqBuilder.
/// Fields past n_in_sequence are readable by name only, as in CPython.</summary>
internal static unsafe class StructSequences
{
    [StructLayout(LayoutKind.Sequential)]
    struct Field
    {
        public byte* Name;
        public byte* Doc;
    }

    [StructLayout(LayoutKind.Sequential)]
    struct Desc
    {
        public byte* Name;
        public byte* Doc;
        public Field* Fields;
        public int InSequence;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyStructSequence_NewType")]
    public static nint PyStructSequence_NewType(void* desc)
    {
        var ts = Api.Ts("PyStructSequence_NewType");
        if (ts is null) return 0;
        try
        {
            var d = (Desc*)desc;
            if (d == null || d->Name == null || d->Fields == null)
            {
                ts.Raise(ExceptionKind.SystemError, "bad argument to internal function (NULL struct sequence description)");
                return 0;
            }
            var names = new List<string>();
            for (var f = d->Fields; f->Name != null; f++) names.Add(Marshal.PtrToStringUTF8((nint)f->Name)!);
            if (d->InSequence < 0 || d->InSequence > names.Count)
            {
                ts.Raise(ExceptionKind.SystemError, $"struct sequence: n_in_sequence {d->InSequence} is not within its {names.Count} fields");
                return 0;
            }
            string qualified = Marshal.PtrToStringUTF8((nint)d->Name)!;
            int dot = qualified.LastIndexOf('.');
            string module = dot < 0 ? "builtins" : qualified[..dot], name = qualified[(dot + 1)..];
            var all = names.ToArray();
            var type = StructSeqBuilder.Create(ts.Interpreter.Types, module, name, all[..d->InSequence], all[d->InSequence..]);
            if (d->Doc != null) type.AddValue("__doc__", ts.Interpreter.Str(Marshal.PtrToStringUTF8((nint)d->Doc)!));
            return Api.New(ts, type);
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>The numbers of fields of a struct sequence type (n_sequence_fields, n_fields).</summary>
    static bool Counts(ThreadState ts, PyType type, out int inSequence, out int total)
    {
        inSequence = total = 0;
        if (type.Dict.GetStr("n_sequence_fields") is PyInt s && type.Dict.GetStr("n_fields") is PyInt n
            && type.HasFlag(TypeFlags.TupleSubclass))
        {
            inSequence = (int)s.Small;
            total = (int)n.Small;
            return true;
        }
        ts.Raise(ExceptionKind.SystemError, $"bad argument to internal function ('{type.Name}' is not a struct sequence type)");
        return false;
    }

    /// <summary>PyStructSequence_New: an instance whose fields are all None until
    /// PyStructSequence_SetItem fills them.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyStructSequence_New")]
    public static nint PyStructSequence_New(nint type)
    {
        var ts = Api.Ts("PyStructSequence_New");
        if (ts is null) return 0;
        try
        {
            var t = Api.Arg<PyType>(ts, type, "PyStructSequence_New");
            if (t is null || !Counts(ts, t, out int inSequence, out int total)) return 0;
            var items = new PyObject[inSequence];
            var extra = new PyObject[total - inSequence];
            Array.Fill(items, ts.Interpreter.None);
            Array.Fill(extra, ts.Interpreter.None);
            return Api.New(ts, StructSeqBuilder.Make(t, items, extra));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    static PyStructSeqValue? Value(ThreadState ts, nint p, nint pos, string function, out PyObject[]? array, out int index)
    {
        array = null;
        index = 0;
        var v = Api.Arg<PyStructSeqValue>(ts, p, function);
        if (v is null) return null;
        if (pos < 0 || pos >= v.Items.Length + v.Extra.Length)
        {
            ts.Raise(ExceptionKind.IndexError, "tuple index out of range");
            return null;
        }
        (array, index) = pos < v.Items.Length ? (v.Items, (int)pos) : (v.Extra, (int)pos - v.Items.Length);
        return v;
    }

    /// <summary>Borrowed reference to field pos (sequence fields first, then named-only ones).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyStructSequence_GetItem")]
    public static nint PyStructSequence_GetItem(nint p, nint pos)
    {
        var ts = Api.Ts("PyStructSequence_GetItem");
        if (ts is null) return 0;
        try
        {
            return Value(ts, p, pos, "PyStructSequence_GetItem", out var array, out int index) is null ? 0 : Api.Borrow(ts, array![index]);
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>Sets field pos, stealing a reference to o (for filling a new instance).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyStructSequence_SetItem")]
    public static void PyStructSequence_SetItem(nint p, nint pos, nint o)
    {
        var ts = Api.Ts("PyStructSequence_SetItem");
        if (ts is null) return;
        try
        {
            var value = o == 0 ? ts.Interpreter.None : Api.Arg(ts, o);
            if (value is not null && Value(ts, p, pos, "PyStructSequence_SetItem", out var array, out int index) is not null)
                array![index] = value;
            Api.Steal(o);
        }
        catch (Exception e) { Api.Fail(ts, e); }
    }
}
