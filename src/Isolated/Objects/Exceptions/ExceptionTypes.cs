using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>Creates an interpreter's builtin exception classes on first use, from
/// <see cref="ExceptionHierarchy.Table"/>, with the constructors, str() and attributes of each
/// family (see <see cref="ExceptionLayout"/>).</summary>
public static class ExceptionTypes
{
    public static PyType Create(Interpreter interp, ExceptionKind kind)
    {
        var entry = ExceptionHierarchy.Table[(int)kind];
        var types = interp.Types;
        PyType type;
        if (ExceptionHierarchy.IsRoot(entry))
        {
            type = types.NewBuiltin(entry.Name, types.Object, TypeFlags.BaseType | TypeFlags.BaseExceptionSubclass,
                ConfigureBase, BaseExceptionMethods.FillDict);
        }
        else
        {
            var parent = interp.ExceptionType(entry.Parent);
            var layout = ExceptionLayouts.Of(kind);
            type = types.NewBuiltin(entry.Name, parent, parent.Flags & ~TypeFlags.HeapType,
                s => Configure(s, kind, layout), (ts, t) => FillDict(t, kind, layout));
            if (layout != ExceptionLayout.None) ClassData.Of(type).ExceptionLayout = layout;
            if (kind == ExceptionKind.ExceptionGroup)
            {
                // ExceptionGroup(BaseExceptionGroup, Exception).
                var exception = interp.ExceptionType(ExceptionKind.Exception);
                type.Bases = [parent, exception];
                type.Mro = [type, parent, exception, .. exception.Base!.Mro];
            }
        }
        return type;
    }

    /// <summary>Whether this builtin exception class introduces its own instance layout.</summary>
    public static bool AddsFields(PyType type) =>
        !type.HasFlag(TypeFlags.HeapType) && type.ClassData is { ExceptionLayout: not ExceptionLayout.None };

    static void ConfigureBase(TypeSlots s)
    {
        s.New = BaseExceptionMethods.New;
        s.Init = BaseExceptionMethods.Init;
        s.Repr = BaseExceptionMethods.Repr;
        s.Str = BaseExceptionMethods.Str;
    }

    static void Configure(TypeSlots s, ExceptionKind kind, ExceptionLayout layout)
    {
        if (kind == ExceptionKind.KeyError)
            s.Str = static (ts, self) => ((PyBaseException)self).Args is { Count: 1 } a ? Ops.Repr(ts, a[0]) : BaseExceptionMethods.Str(ts, self);
        switch (layout)
        {
            case ExceptionLayout.None:
                return;
            case ExceptionLayout.ImportError:
                s.Init = static (ts, self, args, kw) => BaseExceptionMethods.InitWithKeywords(ts, self, args, kw, ExceptionLayout.ImportError, "ImportError", ["name", "path", "name_from"], 1);
                s.Str = ExceptionStrings.ImportError;
                return;
            case ExceptionLayout.AttributeError:
                s.Init = static (ts, self, args, kw) => BaseExceptionMethods.InitWithKeywords(ts, self, args, kw, ExceptionLayout.AttributeError, "AttributeError", ["name", "obj"], 0);
                return;
            case ExceptionLayout.NameError:
                s.Init = static (ts, self, args, kw) => BaseExceptionMethods.InitWithKeywords(ts, self, args, kw, ExceptionLayout.NameError, "NameError", ["name"], 0);
                return;
            case ExceptionLayout.OSError:
                s.New = OSErrors.New;
                s.Init = OSErrors.Init;
                s.Str = ExceptionStrings.OSError;
                return;
            case ExceptionLayout.Group:
                s.New = ExceptionGroups.New;
                s.Init = static (ts, self, args, kw) => true;
                s.Str = ExceptionStrings.Group;
                return;
            case ExceptionLayout.SyntaxError:
                s.Str = ExceptionStrings.SyntaxError;
                break;
            case ExceptionLayout.UnicodeDecode:
            case ExceptionLayout.UnicodeEncode:
            case ExceptionLayout.UnicodeTranslate:
                s.Str = ExceptionStrings.Unicode;
                break;
        }
        s.Init = layout switch
        {
            ExceptionLayout.StopIteration => static (ts, self, args, kw) => BaseExceptionMethods.InitLayout(ts, self, args, kw, ExceptionLayout.StopIteration),
            ExceptionLayout.SystemExit => static (ts, self, args, kw) => BaseExceptionMethods.InitLayout(ts, self, args, kw, ExceptionLayout.SystemExit),
            ExceptionLayout.SyntaxError => static (ts, self, args, kw) => BaseExceptionMethods.InitLayout(ts, self, args, kw, ExceptionLayout.SyntaxError),
            ExceptionLayout.UnicodeDecode => static (ts, self, args, kw) => BaseExceptionMethods.InitLayout(ts, self, args, kw, ExceptionLayout.UnicodeDecode),
            ExceptionLayout.UnicodeEncode => static (ts, self, args, kw) => BaseExceptionMethods.InitLayout(ts, self, args, kw, ExceptionLayout.UnicodeEncode),
            _ => static (ts, self, args, kw) => BaseExceptionMethods.InitLayout(ts, self, args, kw, ExceptionLayout.UnicodeTranslate),
        };
    }

    static void FillDict(PyType type, ExceptionKind kind, ExceptionLayout layout)
    {
        if (layout == ExceptionLayout.None) return;
        var names = ExceptionLayouts.FieldNames[(int)layout];
        for (int i = 0; i < names.Length; i++)
        {
            int index = i;
            bool readOnly = layout == ExceptionLayout.Group;
            type.AddGetSet(names[i],
                (ts, self) => self is PyBaseException e
                    ? ExceptionLayouts.Fields(ts, e, layout)[index] ?? ts.Interpreter.None
                    : ts.Raise(ExceptionKind.TypeError, "exception attribute on a non-exception"),
                readOnly ? null : (ts, self, value) =>
                {
                    var f = ExceptionLayouts.Fields(ts, (PyBaseException)self, layout);
                    f[index] = value ?? ts.Interpreter.None;
                    return true;
                });
        }
        if (layout == ExceptionLayout.Group) ExceptionGroups.FillDict(type);
        if (kind == ExceptionKind.OSError)
        {
            // Windows error codes never occur here.
            type.AddGetSet("winerror", static (ts, self) => ts.Interpreter.None);
        }
    }
}
