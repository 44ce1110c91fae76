using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>New exception classes for extension modules (PyErr_NewException*), made as the
/// class statement would make them: type(name, bases, dict) with __module__ from the dotted name.</summary>
internal static unsafe class ExceptionClasses
{
    [UnmanagedCallersOnly(EntryPoint = "PyErr_NewException")]
    public static nint PyErr_NewException(byte* name, nint @base, nint dict) => New(name, null, @base, dict, "PyErr_NewException");

    [UnmanagedCallersOnly(EntryPoint = "PyErr_NewExceptionWithDoc")]
    public static nint PyErr_NewExceptionWithDoc(byte* name, byte* doc, nint @base, nint dict) => New(name, doc, @base, dict, "PyErr_NewExceptionWithDoc");

    static nint New(byte* name, byte* doc, nint @base, nint dict, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return 0;
        try
        {
            var interp = ts.Interpreter;
            var full = Api.Utf8(ts, name);
            if (full is null) return 0;
            int dot = full.LastIndexOf('.');
            if (dot < 0)
            {
                ts.Raise(ExceptionKind.SystemError, "PyErr_NewException: name must be module.class");
                return 0;
            }
            PyDict d;
            if (dict == 0) d = interp.NewDict();
            else if (Api.Arg(ts, dict) is PyDict given) d = given;
            else
            {
                if (!ts.HasError) ts.Raise(ExceptionKind.SystemError, $"{function}: dict must be a dict");
                return 0;
            }
            if (doc != null) d.SetStr(interp.Intern("__doc__"), interp.Str(Marshal.PtrToStringUTF8((nint)doc)!));
            var moduleKey = interp.Intern("__module__");
            if (d.GetStr(moduleKey) is null) d.SetStr(moduleKey, interp.Str(full[..dot]));
            PyTuple bases;
            if (@base == 0) bases = interp.Tuple(interp.ExceptionType(ExceptionKind.Exception));
            else
            {
                var b = Api.Arg(ts, @base);
                if (b is null) return 0;
                bases = b as PyTuple ?? interp.Tuple(b);
            }
            return Api.New(ts, Ops.Call(ts, interp.Types.Type, [interp.Str(full[(dot + 1)..]), bases, d]));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }
}
