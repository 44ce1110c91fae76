using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>Behaviours of BaseException used from C# (notes).</summary>
public static class ExceptionBehaviour
{
    /// <summary>exc.add_note(note): appends to the list exc.__notes__, creating it when absent.</summary>
    public static bool AddNote(ThreadState ts, PyBaseException exc, string note) =>
        AddNote(ts, exc, ts.Interpreter.Str(note));

    public static bool AddNote(ThreadState ts, PyBaseException exc, PyStr note)
    {
        var interp = ts.Interpreter;
        var key = interp.Intern("__notes__");
        var dict = exc.Dict ??= interp.NewDict();
        var notes = dict.GetStr(key);
        if (notes is null)
        {
            var list = ListType.New(interp);
            list.Append(note);
            dict.SetStr(key, list);
            return true;
        }
        if (notes is PyList l && notes.GetType() == typeof(PyList))
        {
            l.Append(note);
            return true;
        }
        var append = Ops.GetAttr(ts, notes, interp.Intern("append"));
        if (append is null)
        {
            ts.CurrentException = null;
            ts.Raise(ExceptionKind.TypeError, "Cannot add note: __notes__ is not a list");
            return false;
        }
        return Ops.Call(ts, append, note) is not null;
    }
}
