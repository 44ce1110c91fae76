using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.CApi.Extensions;
using Isolated.Execution.Import;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.CApi.Exports;

/// <summary>Capsules (pycapsule.h), with CPython 3.12's checks and error messages.</summary>
internal static unsafe class Capsules
{
    [UnmanagedCallersOnly(EntryPoint = "PyIsolated_CapsuleType")]
    public static nint PyIsolated_CapsuleType()
    {
        var ts = Api.Ts("PyIsolated_CapsuleType");
        return ts is null ? 0 : Api.Borrow(ts, CapsuleType.Of(ts.Interpreter));
    }

    [UnmanagedCallersOnly(EntryPoint = "PyCapsule_New")]
    public static nint PyCapsule_New(nint pointer, nint name, nint destructor)
    {
        var ts = Api.Ts("PyCapsule_New");
        if (ts is null) return 0;
        try
        {
            if (pointer == 0)
            {
                ts.Raise(ExceptionKind.ValueError, "PyCapsule_New called with null pointer");
                return 0;
            }
            var state = Bridge.NativeInterpreterState.Of(ts.Interpreter);
            state.DrainPending(ts);
            return Api.New(ts, CapsuleType.New(ts, pointer, name, destructor));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    static bool NamesMatch(nint a, nint b)
    {
        if (a == 0 || b == 0) return a == b;
        return Marshal.PtrToStringUTF8(a) == Marshal.PtrToStringUTF8(b);
    }

    /// <summary>The capsule behind <paramref name="p"/>, or null with ValueError "NAME called with
    /// invalid PyCapsule object" (CPython's wording).</summary>
    static PyCapsule? Capsule(ThreadState ts, nint p, string function)
    {
        var o = p == 0 ? null : Bridge.ObjectBridge.FromNative(p);
        if (o is PyCapsule { Pointer: not 0 } c && ReferenceEquals(c.Type.Owner, ts.Interpreter)) return c;
        ts.Raise(ExceptionKind.ValueError, $"{function} called with invalid PyCapsule object");
        return null;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyCapsule_GetPointer")]
    public static nint PyCapsule_GetPointer(nint capsule, nint name)
    {
        var ts = Api.Ts("PyCapsule_GetPointer");
        if (ts is null) return 0;
        var c = Capsule(ts, capsule, "PyCapsule_GetPointer");
        if (c is null) return 0;
        if (!NamesMatch(c.Name, name))
        {
            ts.Raise(ExceptionKind.ValueError, "PyCapsule_GetPointer called with incorrect name");
            return 0;
        }
        return c.Pointer;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyCapsule_GetName")]
    public static nint PyCapsule_GetName(nint capsule)
    {
        var ts = Api.Ts("PyCapsule_GetName");
        return ts is not null && Capsule(ts, capsule, "PyCapsule_GetName") is { } c ? c.Name : 0;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyCapsule_GetDestructor")]
    public static nint PyCapsule_GetDestructor(nint capsule)
    {
        var ts = Api.Ts("PyCapsule_GetDestructor");
        return ts is not null && Capsule(ts, capsule, "PyCapsule_GetDestructor") is { } c ? c.Destructor : 0;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyCapsule_GetContext")]
    public static nint PyCapsule_GetContext(nint capsule)
    {
        var ts = Api.Ts("PyCapsule_GetContext");
        return ts is not null && Capsule(ts, capsule, "PyCapsule_GetContext") is { } c ? c.Context : 0;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyCapsule_IsValid")]
    public static int PyCapsule_IsValid(nint capsule, nint name)
    {
        if (capsule == 0) return 0;
        var ts = Api.Ts("PyCapsule_IsValid");
        if (ts is null) return 0;
        var o = Bridge.ObjectBridge.FromNative(capsule);
        return o is PyCapsule { Pointer: not 0 } c && ReferenceEquals(c.Type.Owner, ts.Interpreter) && NamesMatch(c.Name, name) ? 1 : 0;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyCapsule_SetPointer")]
    public static int PyCapsule_SetPointer(nint capsule, nint pointer)
    {
        var ts = Api.Ts("PyCapsule_SetPointer");
        if (ts is null) return -1;
        if (pointer == 0)
        {
            ts.Raise(ExceptionKind.ValueError, "PyCapsule_SetPointer called with null pointer");
            return -1;
        }
        var c = Capsule(ts, capsule, "PyCapsule_SetPointer");
        if (c is null) return -1;
        c.Pointer = pointer;
        return 0;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyCapsule_SetName")]
    public static int PyCapsule_SetName(nint capsule, nint name)
    {
        var ts = Api.Ts("PyCapsule_SetName");
        if (ts is null) return -1;
        var c = Capsule(ts, capsule, "PyCapsule_SetName");
        if (c is null) return -1;
        c.Name = name;
        return 0;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyCapsule_SetContext")]
    public static int PyCapsule_SetContext(nint capsule, nint context)
    {
        var ts = Api.Ts("PyCapsule_SetContext");
        if (ts is null) return -1;
        var c = Capsule(ts, capsule, "PyCapsule_SetContext");
        if (c is null) return -1;
        c.Context = context;
        return 0;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyCapsule_SetDestructor")]
    public static int PyCapsule_SetDestructor(nint capsule, nint destructor)
    {
        var ts = Api.Ts("PyCapsule_SetDestructor");
        if (ts is null) return -1;
        var c = Capsule(ts, capsule, "PyCapsule_SetDestructor");
        if (c is null) return -1;
        if (c.Destructor == 0 && destructor != 0)
            Bridge.NativeInterpreterState.Of(ts.Interpreter).LiveCapsules.Add(new WeakReference<PyCapsule>(c, trackResurrection: true));
        c.Destructor = destructor;
        return 0;
    }

    /// <summary>PyCapsule_Import("package.module.attribute"): imports the module named by the
    /// first component, follows the rest as attributes (importing submodules on the way), and
    /// returns the pointer of the capsule found there, whose name must be the whole string.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyCapsule_Import")]
    public static nint PyCapsule_Import(byte* name, int noBlock)
    {
        var ts = Api.Ts("PyCapsule_Import");
        if (ts is null) return 0;
        try
        {
            var full = Api.Utf8(ts, name);
            if (full is null) return 0;
            var parts = full.Split('.');
            PyObject? obj = ImportSystem.ImportModule(ts, parts[0]);
            string path = parts[0];
            for (int i = 1; obj is not null && i < parts.Length; i++)
            {
                path += "." + parts[i];
                var next = Ops.GetAttr(ts, obj, ts.Interpreter.Str(parts[i]));
                if (next is null && obj is PyModule)
                {
                    ts.CurrentException = null;
                    next = ImportSystem.ImportModule(ts, path);
                }
                obj = next;
            }
            if (obj is null) return 0;
            if (obj is PyCapsule { Pointer: not 0 } c && NamesMatch(c.Name, (nint)name)) return c.Pointer;
            ts.Raise(ExceptionKind.AttributeError, $"PyCapsule_Import \"{full}\" is not valid");
            return 0;
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }
}
