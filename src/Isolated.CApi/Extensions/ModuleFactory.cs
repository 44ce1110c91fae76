using System.Runtime.InteropServices;
using Isolated.CApi.Bridge;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.CApi.Extensions;

/// <summary>
/// Modules from a PyModuleDef: single-phase (PyModule_Create2) and multi-phase (PEP 489:
/// PyModule_FromDefAndSpec2 runs Py_mod_create, PyModule_ExecDef the Py_mod_exec slots), their
/// functions (m_methods), docstring and state, with CPython's checks and messages.
/// </summary>
internal static unsafe class ModuleFactory
{
    // Values of Py_mod_multiple_interpreters (Py_MOD_MULTIPLE_INTERPRETERS_SUPPORTED, Py_MOD_PER_INTERPRETER_GIL_SUPPORTED).
    const nint SupportedWithoutOwnGil = 1, PerInterpreterGilSupported = 2;

    public static string DefName(NativeModuleDef* def) =>
        def->Name == null ? "?" : Marshal.PtrToStringUTF8((nint)def->Name) ?? "?";

    /// <summary>PyModule_Create2: the module, its state, functions and docstring.</summary>
    public static PyModule? Create(ThreadState ts, NativeModuleDef* def)
    {
        if (def == null) { ts.Raise(ExceptionKind.SystemError, "PyModule_Create2: NULL module definition"); return null; }
        if (def->Name == null) { ts.Raise(ExceptionKind.SystemError, "PyModule_Create2: the module definition has no name (m_name is NULL)"); return null; }
        string name = DefName(def);
        if (def->Slots != null)
        {
            ts.Raise(ExceptionKind.SystemError, $"module {name}: PyModule_Create is incompatible with m_slots");
            return null;
        }
        // A package's submodule may be named by its last component only (CPython's behaviour
        // for single-phase modules: the import system fixes __name__ from the spec later).
        var module = ModuleType.New(ts.Interpreter, name);
        Attach(ts, module, def).AllocateState();
        if (def->Methods != null && !AddFunctions(ts, module, def->Methods)) return null;
        if (def->Doc != null) module.Dict.SetStr(ts.Interpreter.Intern("__doc__"), ts.Interpreter.Str(Marshal.PtrToStringUTF8((nint)def->Doc)!));
        return module;
    }

    static ExtensionModuleState Attach(ThreadState ts, PyModule module, NativeModuleDef* def)
    {
        var state = new ExtensionModuleState(def);
        module.NativeState = state;
        NativeInterpreterState.Of(ts.Interpreter).ExtensionModules.Add(module);
        return state;
    }

    /// <summary>PyModule_FromDefAndSpec2: runs Py_mod_create (or makes a plain module named
    /// spec.name), checks the other slots, then adds functions and docstring. The exec slots run
    /// later, in <see cref="ExecDef"/>.</summary>
    public static PyObject? FromDefAndSpec(ThreadState ts, NativeModuleDef* def, PyObject spec)
    {
        if (def == null) return ts.Raise(ExceptionKind.SystemError, "PyModule_FromDefAndSpec2: NULL module definition");
        var nameObj = Ops.GetAttr(ts, spec, "name");
        if (nameObj is null) return null;
        if (nameObj is not PyStr nameStr) return ts.Raise(ExceptionKind.TypeError, "spec.name must be a string");
        string name = nameStr.Value;
        if (def->Size < 0)
            return ts.Raise(ExceptionKind.SystemError, $"module {name}: m_size may not be negative for multi-phase initialization");
        nint create = 0;
        bool seenMultipleInterpreters = false;
        nint multipleInterpreters = SupportedWithoutOwnGil;   // CPython's default without the slot
        for (var slot = def->Slots; slot != null && slot->Slot != 0; slot++)
        {
            switch (slot->Slot)
            {
                case NativeModuleDef.SlotCreate:
                    if (create != 0) return ts.Raise(ExceptionKind.SystemError, $"module {name} has multiple create slots");
                    create = slot->Value;
                    break;
                case NativeModuleDef.SlotExec:
                    break;
                case NativeModuleDef.SlotMultipleInterpreters:
                    if (seenMultipleInterpreters)
                        return ts.Raise(ExceptionKind.SystemError, $"module {name} has more than one 'multiple interpreters' slots");
                    seenMultipleInterpreters = true;
                    multipleInterpreters = slot->Value;
                    break;
                default:
                    return ts.Raise(ExceptionKind.SystemError, $"module {name} uses unknown slot ID {slot->Slot}");
            }
        }
        // CPython 3.12's rule: a subinterpreter with check_multi_interp_extensions refuses a module
        // unless it supports a per-interpreter GIL (CPython only demands that under an own GIL,
        // and here every interpreter has one). Without the check (legacy), anything loads.
        if (multipleInterpreters != PerInterpreterGilSupported && !ts.Interpreter.IsMain && ts.Interpreter.Config.CheckMultiInterpExtensions)
            return ImportError(ts, $"module {name} does not support loading in subinterpreters", name);
        PyObject? module;
        if (create != 0)
        {
            var previous = NativeCall.Enter(ts);
            nint s = NativeCall.Ref(ts, spec);
            nint r;
            try { r = ((delegate* unmanaged<nint, nint, nint>)create)(s, (nint)def); }
            finally { NativeCall.Release(s); NativeCall.Leave(previous); }
            module = NativeCall.Result(ts, r, $"creation of module {name}");
            if (module is null) return null;
        }
        else module = ModuleType.New(ts.Interpreter, name);

        if (module is PyModule pm)
        {
            if (pm.NativeState is null) Attach(ts, pm, def);
            if (def->Methods != null && !AddFunctions(ts, pm, def->Methods)) return null;
            if (def->Doc != null) pm.Dict.SetStr(ts.Interpreter.Intern("__doc__"), ts.Interpreter.Str(Marshal.PtrToStringUTF8((nint)def->Doc)!));
        }
        else
        {
            if (def->Size > 0 || def->Traverse != 0 || def->Clear != 0 || def->Free != 0)
                return ts.Raise(ExceptionKind.SystemError, $"module {name} is not a module object, but requests module state");
            if (def->Methods != null)
            {
                for (var m = def->Methods; m->Name != null; m++)
                {
                    var f = CMethod.NewFunction(ts, m, module, nameStr, null);
                    if (f is null || !Ops.SetAttr(ts, module, ts.Interpreter.Intern(f.Name), f)) return null;
                }
            }
            if (def->Doc != null && !Ops.SetAttr(ts, module, ts.Interpreter.Intern("__doc__"), ts.Interpreter.Str(Marshal.PtrToStringUTF8((nint)def->Doc)!)))
                return null;
        }
        return module;
    }

    /// <summary>PyModule_ExecDef: allocates the state if not yet done, then runs every Py_mod_exec
    /// slot in order.</summary>
    public static bool ExecDef(ThreadState ts, PyObject module, NativeModuleDef* def)
    {
        if (def == null) { ts.Raise(ExceptionKind.SystemError, "PyModule_ExecDef: NULL module definition"); return false; }
        string name = DefName(def);
        if (module is PyModule pm && pm.NativeState is ExtensionModuleState st)
            st.AllocateState();
        for (var slot = def->Slots; slot != null && slot->Slot != 0; slot++)
        {
            if (slot->Slot != NativeModuleDef.SlotExec) continue;
            var previous = NativeCall.Enter(ts);
            nint m = NativeCall.Ref(ts, module);
            int r;
            try { r = ((delegate* unmanaged<nint, int>)slot->Value)(m); }
            finally { NativeCall.Release(m); NativeCall.Leave(previous); }
            if (r != 0)
            {
                if (!ts.HasError) ts.Raise(ExceptionKind.SystemError, $"execution of module {name} failed without setting an exception");
                return false;
            }
            if (ts.HasError)
            {
                var cause = ts.FetchError();
                ts.Raise(ExceptionKind.SystemError, $"execution of module {name} raised unreported exception");
                if (ts.CurrentException is { } e) e.Cause = cause;
                return false;
            }
        }
        return true;
    }

    /// <summary>PyModule_AddFunctions: each entry becomes a builtin function bound to the module.</summary>
    public static bool AddFunctions(ThreadState ts, PyModule module, NativeMethodDef* methods)
    {
        var interp = ts.Interpreter;
        var moduleName = module.Dict.GetStr(interp.Intern("__name__"));
        for (var m = methods; m->Name != null; m++)
        {
            if ((m->Flags & (NativeMethodDef.Class | NativeMethodDef.Static)) != 0)
            {
                ts.Raise(ExceptionKind.ValueError, "module functions cannot set METH_CLASS or METH_STATIC");
                return false;
            }
            var f = CMethod.NewFunction(ts, m, module, moduleName, null);
            if (f is null) return false;
            module.Dict.SetStr(interp.Intern(f.Name), f);
        }
        return true;
    }

    public static PyObject? ImportError(ThreadState ts, string message, string name) =>
        Isolated.Execution.Import.ImportSystem.RaiseImportError(ts, ExceptionKind.ImportError, message, name, null);
}
