using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>Field names per <see cref="ExceptionLayout"/>, and filling the fields from args.</summary>
public static class ExceptionLayouts
{
    public static readonly string[][] FieldNames =
    [
        [],
        ["value"],
        ["code"],
        ["msg", "name", "path", "name_from"],
        ["name", "obj"],
        ["name"],
        ["errno", "strerror", "filename", "filename2", "characters_written"],
        ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"],
        ["encoding", "object", "start", "end", "reason"],
        ["encoding", "object", "start", "end", "reason"],
        ["encoding", "object", "start", "end", "reason"],
        ["message", "exceptions"],
    ];

    public static ExceptionLayout Of(ExceptionKind kind) => kind switch
    {
        ExceptionKind.StopIteration => ExceptionLayout.StopIteration,
        ExceptionKind.SystemExit => ExceptionLayout.SystemExit,
        ExceptionKind.ImportError => ExceptionLayout.ImportError,
        ExceptionKind.AttributeError => ExceptionLayout.AttributeError,
        ExceptionKind.NameError => ExceptionLayout.NameError,
        ExceptionKind.OSError => ExceptionLayout.OSError,
        ExceptionKind.SyntaxError => ExceptionLayout.SyntaxError,
        ExceptionKind.UnicodeDecodeError => ExceptionLayout.UnicodeDecode,
        ExceptionKind.UnicodeEncodeError => ExceptionLayout.UnicodeEncode,
        ExceptionKind.UnicodeTranslateError => ExceptionLayout.UnicodeTranslate,
        ExceptionKind.BaseExceptionGroup => ExceptionLayout.Group,
        _ => ExceptionLayout.None,
    };

    /// <summary>The fields of <paramref name="e"/> for <paramref name="layout"/>, derived from
    /// args when the exception was created without running its __init__.</summary>
    public static PyObject?[] Fields(ThreadState ts, PyBaseException e, ExceptionLayout layout)
    {
        var f = e.Fields;
        if (f is not null && f.Length == FieldNames[(int)layout].Length) return f;
        f = new PyObject?[FieldNames[(int)layout].Length];
        e.Fields = f;
        FillFromArgs(ts, e, layout, e.Args.Items, strict: false);
        return f;
    }

    /// <summary>Sets the fields from constructor arguments. With <paramref name="strict"/>,
    /// malformed arguments raise (as the constructors do); otherwise they are left unset.</summary>
    public static bool FillFromArgs(ThreadState ts, PyBaseException e, ExceptionLayout layout, PyObject[] args, bool strict)
    {
        var interp = ts.Interpreter;
        var none = interp.None;
        var f = e.Fields;
        if (f is null || f.Length != FieldNames[(int)layout].Length)
            e.Fields = f = new PyObject?[FieldNames[(int)layout].Length];
        switch (layout)
        {
            case ExceptionLayout.StopIteration:
                f[0] = args.Length > 0 ? args[0] : none;
                break;
            case ExceptionLayout.SystemExit:
                f[0] = args.Length == 0 ? none : args.Length == 1 ? args[0] : interp.Tuple(args);
                break;
            case ExceptionLayout.ImportError:
                f[0] = args.Length == 1 ? args[0] : none;
                f[1] ??= none; f[2] ??= none; f[3] ??= none;
                break;
            case ExceptionLayout.AttributeError:
                f[0] ??= none; f[1] ??= none;
                break;
            case ExceptionLayout.NameError:
                f[0] ??= none;
                break;
            case ExceptionLayout.OSError:
                for (int i = 0; i < 4; i++) f[i] = none;
                if (args.Length >= 2 && args.Length <= 5)
                {
                    f[0] = args[0];
                    f[1] = args[1];
                    if (args.Length >= 3) f[2] = args[2];
                    if (args.Length == 5) f[3] = args[4];
                }
                break;
            case ExceptionLayout.SyntaxError:
                for (int i = 0; i < f.Length; i++) f[i] = none;
                if (args.Length >= 1) f[0] = args[0];
                if (args.Length == 2)
                {
                    if (args[1] is not PyTuple info || info.Count < 4 || info.Count > 6)
                    {
                        if (!strict) break;
                        int n = args[1] is PyTuple t ? t.Count : -1;
                        if (n < 0) ts.Raise(ExceptionKind.TypeError, $"argument 2 must be tuple, not {args[1].Type.Name}");
                        else if (n < 4) ts.Raise(ExceptionKind.TypeError, $"function takes at least 4 arguments ({n} given)");
                        else ts.Raise(ExceptionKind.TypeError, $"function takes at most 6 arguments ({n} given)");
                        return false;
                    }
                    for (int i = 0; i < info.Count; i++) f[1 + i] = info[i];
                }
                break;
            case ExceptionLayout.UnicodeDecode:
            case ExceptionLayout.UnicodeEncode:
            case ExceptionLayout.UnicodeTranslate:
            {
                bool translate = layout == ExceptionLayout.UnicodeTranslate;
                int want = translate ? 4 : 5;
                if (args.Length != want)
                {
                    if (!strict) break;
                    ts.Raise(ExceptionKind.TypeError, $"function takes exactly {want} arguments ({args.Length} given)");
                    return false;
                }
                int o = translate ? 0 : 1;
                if (strict)
                {
                    if (!translate && args[0] is not PyStr)
                        return Fail(ts, $"argument 1 must be str, not {args[0].Type.Name}");
                    if (layout != ExceptionLayout.UnicodeDecode && args[o] is not PyStr)
                        return Fail(ts, $"argument {o + 1} must be str, not {args[o].Type.Name}");
                    if (args[o + 1] is not PyInt || args[o + 2] is not PyInt)
                        return Fail(ts, $"'{(args[o + 1] is PyInt ? args[o + 2] : args[o + 1]).Type.Name}' object cannot be interpreted as an integer");
                    if (args[o + 3] is not PyStr)
                        return Fail(ts, $"argument {o + 4} must be str, not {args[o + 3].Type.Name}");
                }
                f[0] = translate ? none : args[0];
                f[1] = args[o];
                f[2] = args[o + 1];
                f[3] = args[o + 2];
                f[4] = args[o + 3];
                break;
            }
            case ExceptionLayout.Group:
                if (args.Length >= 2)
                {
                    f[0] = args[0];
                    f[1] = args[1] is PyTuple t ? t : IterationHelper.ToList(ts, args[1]) is { } l ? interp.Tuple(l.ToArray()) : null;
                    if (f[1] is null) ts.CurrentException = null;
                }
                break;
        }
        return true;
    }

    static bool Fail(ThreadState ts, string message)
    {
        ts.Raise(ExceptionKind.TypeError, message);
        return false;
    }
}
