using System.Runtime.InteropServices;
using Isolated.CApi.Bridge;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.CApi.Extensions;

/// <summary>
/// A C function described by a PyMethodDef, as the runtime calls it: <see cref="Invoke"/> is the
/// <see cref="BuiltinMethod"/> behind the builtin function (module functions, PyCFunction_New) or
/// method descriptor (a type's tp_methods). It converts the vectorcall arguments to the calling
/// convention the METH_* flags name and checks the arity as CPython does.
/// </summary>
internal sealed unsafe class CMethod
{
    public readonly NativeMethodDef* Def;
    public readonly string Name;
    /// <summary>PyCMethod's defining class (METH_METHOD), or null.</summary>
    public readonly PyType? DefiningClass;
    /// <summary>The function was made with a NULL self (C sees NULL, Python sees None).</summary>
    public readonly bool NullSelf;
    /// <summary>"name" or "Type.name", as CPython's arity errors show it.</summary>
    readonly string _qualifiedName;
    /// <summary>How errors about the C function's result name it.</summary>
    readonly string _what;

    /// <summary>A module's function (its owner, if any, is the module's name, not a type's).</summary>
    readonly bool _moduleFunction;

    public CMethod(NativeMethodDef* def, PyType? definingClass, bool nullSelf, string? owner = null, bool moduleFunction = false)
    {
        _moduleFunction = moduleFunction;
        Def = def;
        Name = Marshal.PtrToStringUTF8((nint)def->Name) ?? "?";
        DefiningClass = definingClass;
        NullSelf = nullSelf;
        _qualifiedName = owner is null ? Name : owner + "." + Name;
        _what = $"<built-in function {Name}>";
    }

    public string? Doc => Def->Doc == null ? null : Marshal.PtrToStringUTF8((nint)Def->Doc);

    public int Flags => Def->Flags;

    /// <summary>The flag combinations CPython accepts; anything else is a SystemError when the
    /// function is created (<see cref="BadFlags"/>).</summary>
    public static bool ValidFlags(int flags)
    {
        int convention = flags & ~(NativeMethodDef.Class | NativeMethodDef.Static | NativeMethodDef.Coexist);
        switch (convention)
        {
            case NativeMethodDef.VarArgs:
            case NativeMethodDef.VarArgs | NativeMethodDef.Keywords:
            case NativeMethodDef.NoArgs:
            case NativeMethodDef.O:
            case NativeMethodDef.FastCall:
            case NativeMethodDef.FastCall | NativeMethodDef.Keywords:
            case NativeMethodDef.Method | NativeMethodDef.FastCall | NativeMethodDef.Keywords:
                return true;
        }
        return false;
    }

    /// <summary>CPython's error for a PyMethodDef whose METH_* flags name no calling convention.</summary>
    public static void BadFlags(ThreadState ts, NativeMethodDef* def) =>
        ts.Raise(ExceptionKind.SystemError, $"{Marshal.PtrToStringUTF8((nint)def->Name)}() method: bad call flags");

    public PyObject? Invoke(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        int flags = Def->Flags & ~(NativeMethodDef.Class | NativeMethodDef.Static | NativeMethodDef.Coexist);
        nint fn = Def->Function;
        if (nkw > 0 && (flags & NativeMethodDef.Keywords) == 0)
            // CPython names a module's METH_VARARGS function by its bare name here (and only here).
            return ts.Raise(ExceptionKind.TypeError,
                $"{(flags == NativeMethodDef.VarArgs && _moduleFunction ? Name : _qualifiedName)}() takes no keyword arguments");
        if (flags == NativeMethodDef.NoArgs && npos != 0)
            return ts.Raise(ExceptionKind.TypeError, $"{_qualifiedName}() takes no arguments ({npos} given)");
        if (flags == NativeMethodDef.O && npos != 1)
            return ts.Raise(ExceptionKind.TypeError, $"{_qualifiedName}() takes exactly one argument ({npos} given)");

        var previous = NativeCall.Enter(ts);
        if (ts.Interpreter.NativeState is NativeInterpreterState native) native.DrainPending(ts);
        // A module or class self is kept alive by the function itself: lend it as a borrowed
        // reference (its header then stays, instead of being made and freed on every call).
        bool lentSelf = self is PyModule or PyType;
        nint s = NullSelf ? 0 : lentSelf ? ObjectBridge.Borrowed(ts.Interpreter, self) : NativeCall.Ref(ts, self);
        nint result;
        try
        {
            switch (flags)
            {
                case NativeMethodDef.NoArgs:
                    result = ((delegate* unmanaged<nint, nint, nint>)fn)(s, 0);
                    break;
                case NativeMethodDef.O:
                {
                    nint a = NativeCall.Ref(ts, args[0]);
                    result = ((delegate* unmanaged<nint, nint, nint>)fn)(s, a);
                    NativeCall.Release(a);
                    break;
                }
                case NativeMethodDef.VarArgs:
                case NativeMethodDef.VarArgs | NativeMethodDef.Keywords:
                {
                    NativeCall.ArgsAndKwargs(ts, args, kwnames, out nint tuple, out nint kwargs);
                    result = flags == NativeMethodDef.VarArgs
                        ? ((delegate* unmanaged<nint, nint, nint>)fn)(s, tuple)
                        : ((delegate* unmanaged<nint, nint, nint, nint>)fn)(s, tuple, kwargs);
                    NativeCall.Release(kwargs);
                    NativeCall.Release(tuple);
                    break;
                }
                default:
                    result = CallFast(ts, flags, fn, s, args, npos, kwnames);
                    break;
            }
        }
        finally
        {
            if (!lentSelf) NativeCall.Release(s);
            NativeCall.Leave(previous);
        }
        NativeInstances.AssignHostObjectTypes(ts.Interpreter);
        return NativeCall.Result(ts, result, _what);
    }

    nint CallFast(ThreadState ts, int flags, nint fn, nint self, ReadOnlySpan<PyObject> args, int npos, PyTuple? kwnames)
    {
        int n = args.Length;
        nint* refs = stackalloc nint[n == 0 ? 1 : n];
        for (int i = 0; i < n; i++) refs[i] = NativeCall.Ref(ts, args[i]);
        nint kw = NativeCall.RefOrNull(ts, kwnames is { Count: > 0 } ? kwnames : null);
        nint result;
        if (flags == NativeMethodDef.FastCall)
            result = ((delegate* unmanaged<nint, nint*, nint, nint>)fn)(self, refs, npos);
        else if (flags == (NativeMethodDef.FastCall | NativeMethodDef.Keywords))
            result = ((delegate* unmanaged<nint, nint*, nint, nint, nint>)fn)(self, refs, npos, kw);
        else
        {
            nint cls = NativeCall.RefOrNull(ts, DefiningClass);
            result = ((delegate* unmanaged<nint, nint, nint*, nuint, nint, nint>)fn)(self, cls, refs, (nuint)npos, kw);
            NativeCall.Release(cls);
        }
        NativeCall.Release(kw);
        for (int i = 0; i < n; i++) NativeCall.Release(refs[i]);
        return result;
    }

    /// <summary>A builtin function for <paramref name="def"/> bound to <paramref name="self"/>
    /// (null: unbound), with <paramref name="module"/> as its __module__.</summary>
    public static PyBuiltinFunction? NewFunction(ThreadState ts, NativeMethodDef* def, PyObject? self, PyObject? module, PyType? cls)
    {
        if (def == null || def->Name == null)
        {
            ts.Raise(ExceptionKind.SystemError, "PyCFunction_New: NULL method definition");
            return null;
        }
        if (!ValidFlags(def->Flags))
        {
            BadFlags(ts, def);
            return null;
        }
        if ((def->Flags & NativeMethodDef.Method) != 0 && cls is null)
        {
            ts.Raise(ExceptionKind.SystemError, "attempting to create PyCMethod with a METH_METHOD flag but no class");
            return null;
        }
        var interp = ts.Interpreter;
        // A module's function is named "module.name" in arity errors, as CPython names it.
        string? owner = module is PyStr moduleName && moduleName.Value != "builtins" ? moduleName.Value : null;
        var m = new CMethod(def, cls, self is null, owner, moduleFunction: true);
        var f = interp.NewBuiltinFunction(m.Name, self ?? interp.None, m.Invoke, m.Doc);
        if (module is not null) f.Module = module;
        return f;
    }
}
