using System.Runtime.InteropServices;
using Isolated.Modules.Subprocess;
using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Posix;

/// <summary>
/// posix.fork, forkpty, execv, execve and register_at_fork, and the PyInterpreterConfig
/// restrictions on them (allow_fork, allow_exec) with CPython 3.12's errors. exec replaces the
/// whole process, as in CPython. fork cannot be offered: the child of a forked .NET runtime has
/// only the forking thread, so its first garbage collection waits forever for threads that do not
/// exist there; fork raises NotImplementedError (subprocess spawns without forking).
/// </summary>
static unsafe partial class ProcessReplacement
{
    const string ForkMissing = "os.fork is not supported by Isolated: a forked copy of the .NET runtime cannot run Python code; use subprocess";

    public static void AddTo(PyModule m)
    {
        WeakrefModule.Add(m, "fork", Fork);
        WeakrefModule.Add(m, "forkpty", ForkPty);
        WeakrefModule.Add(m, "execv", ExecV);
        WeakrefModule.Add(m, "execve", ExecVE);
        WeakrefModule.Add(m, "register_at_fork", RegisterAtFork);
    }

    static PyObject? Fork(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "posix.fork", args, kw, 0, 0)) return null;
        if (!ts.Interpreter.Config.AllowFork)
            return ts.Raise(ExceptionKind.RuntimeError, "fork not supported for isolated subinterpreters");
        return ts.Raise(ExceptionKind.NotImplementedError, ForkMissing);
    }

    // CPython refuses forkpty in every subinterpreter, whatever allow_fork says.
    static PyObject? ForkPty(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "posix.forkpty", args, kw, 0, 0)) return null;
        if (!ts.Interpreter.IsMain)
            return ts.Raise(ExceptionKind.RuntimeError, "fork not supported for subinterpreters");
        return ts.Raise(ExceptionKind.NotImplementedError, ForkMissing);
    }

    /// <summary>Nothing ever forks, so the callables are checked and not kept.</summary>
    static PyObject? RegisterAtFork(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> given = new PyObject?[3];
        if (!ArgBinder.Bind(ts, "register_at_fork", args, kw, ["before", "after_in_child", "after_in_parent"], 0, given, keywordOnlyFrom: 0))
            return null;
        if (given[0] is null && given[1] is null && given[2] is null)
            return ts.Raise(ExceptionKind.TypeError, "At least one argument is required.");
        ReadOnlySpan<string> names = ["before", "after_in_child", "after_in_parent"];
        for (int i = 0; i < 3; i++)
            if (given[i] is { } f && f.Type.Slots.Call is null)
                return ts.Raise(ExceptionKind.TypeError, $"'{names[i]}' must be callable, not {f.Type.Name}");
        return ts.Interpreter.None;
    }

    static PyObject? ExecV(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.NoKeywords(ts, "posix.execv", kw) || !ArgBinder.CheckPositional(ts, "execv", args, null, 2, 2)) return null;
        if (!PathArg.Convert(ts, "execv", "path", args[0], out _)) return null;
        if (!ts.Interpreter.Config.AllowExec)
            return ts.Raise(ExceptionKind.RuntimeError, "exec not supported for isolated subinterpreters");
        var path = FsBytes.Encode(ts, args[0]);
        if (path is null) return null;
        var argv = Arguments(ts, args[1], "execv() arg 2 must be a tuple or list", "execv() arg 2 must not be empty",
            "execv() arg 2 first element cannot be empty");
        if (argv is null) return null;
        return Replace(ts, path, argv, null, null);
    }

    static PyObject? ExecVE(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> given = new PyObject?[3];
        if (!ArgBinder.Bind(ts, "execve", args, kw, ["path", "argv", "env"], 3, given)) return null;
        if (!PathArg.Convert(ts, "execve", "path", given[0]!, out _)) return null;
        if (!ts.Interpreter.Config.AllowExec)
            return ts.Raise(ExceptionKind.RuntimeError, "exec not supported for isolated subinterpreters");
        var path = FsBytes.Encode(ts, given[0]!);
        if (path is null) return null;
        var argv = Arguments(ts, given[1]!, "execve: argv must be a tuple or list", "execve: argv must not be empty",
            "execve: argv first element cannot be empty");
        if (argv is null) return null;
        var env = given[2]!;
        if (env.Type.Slots.GetItem is null)
            return ts.Raise(ExceptionKind.TypeError, "execve: environment must be a mapping object");
        var envp = EnvironmentEntries(ts, env);
        if (envp is null) return null;
        return Replace(ts, path, argv, envp, given[0]);
    }

    /// <summary>argv as NUL-free byte strings; null with the error set.</summary>
    static List<byte[]>? Arguments(ThreadState ts, PyObject argv, string notSequence, string empty, string firstEmpty)
    {
        ReadOnlySpan<PyObject> items = argv switch
        {
            PyList l => l.AsSpan(),
            PyTuple t => t.Items,
            _ => default,
        };
        if (argv is not (PyList or PyTuple)) { ts.Raise(ExceptionKind.TypeError, notSequence); return null; }
        if (items.Length == 0) { ts.Raise(ExceptionKind.ValueError, empty); return null; }
        var result = new List<byte[]>(items.Length);
        foreach (var item in items)
        {
            var b = FsBytes.Encode(ts, item);
            if (b is null) return null;
            if (result.Count == 0 && b.Length == 0) { ts.Raise(ExceptionKind.ValueError, firstEmpty); return null; }
            result.Add(b);
        }
        return result;
    }

    /// <summary>"KEY=VALUE" entries of a mapping (keys(), then each value by subscription).</summary>
    static List<byte[]>? EnvironmentEntries(ThreadState ts, PyObject env)
    {
        var keysMethod = Ops.GetAttr(ts, env, "keys");
        if (keysMethod is null) return null;
        var keysResult = Ops.Call(ts, keysMethod);
        if (keysResult is null) return null;
        var keys = Ops.ToArray(ts, keysResult);
        if (keys is null) return null;
        var result = new List<byte[]>(keys.Length);
        foreach (var key in keys)
        {
            var value = Ops.GetItem(ts, env, key);
            if (value is null) return null;
            var k = FsBytes.Encode(ts, key);
            if (k is null) return null;
            var v = FsBytes.Encode(ts, value);
            if (v is null) return null;
            if (k.Length == 0 || Array.IndexOf(k, (byte)'=', 1) >= 0)
            {
                ts.Raise(ExceptionKind.ValueError, "illegal environment variable name");
                return null;
            }
            var entry = new byte[k.Length + 1 + v.Length];
            k.CopyTo(entry, 0);
            entry[k.Length] = (byte)'=';
            v.CopyTo(entry, k.Length + 1);
            result.Add(entry);
        }
        return result;
    }

    /// <summary>Calls execv/execve; returns only on failure (OSError set).</summary>
    static PyObject? Replace(ThreadState ts, byte[] path, List<byte[]> argv, List<byte[]>? envp, PyObject? filename)
    {
        var pinned = new List<GCHandle>();
        try
        {
            byte* p = Pin(pinned, path);
            byte** a = Vector(pinned, argv);
            if (envp is null) ExecVNative(p, a);
            else ExecVENative(p, a, Vector(pinned, envp));
            return PosixErrors.Raise(ts, filename);
        }
        finally
        {
            foreach (var h in pinned) h.Free();
        }
    }

    /// <summary>A pinned NUL-terminated copy of <paramref name="text"/>.</summary>
    static byte* Pin(List<GCHandle> pinned, byte[] text)
    {
        var z = new byte[text.Length + 1];
        text.CopyTo(z, 0);
        var h = GCHandle.Alloc(z, GCHandleType.Pinned);
        pinned.Add(h);
        return (byte*)h.AddrOfPinnedObject();
    }

    /// <summary>A pinned NULL-terminated vector of pinned strings (argv, envp).</summary>
    static byte** Vector(List<GCHandle> pinned, List<byte[]> items)
    {
        var v = new nint[items.Count + 1];
        for (int i = 0; i < items.Count; i++) v[i] = (nint)Pin(pinned, items[i]);
        var h = GCHandle.Alloc(v, GCHandleType.Pinned);
        pinned.Add(h);
        return (byte**)h.AddrOfPinnedObject();
    }

    [LibraryImport("libc", EntryPoint = "execv", SetLastError = true)]
    private static partial int ExecVNative(byte* path, byte** argv);

    [LibraryImport("libc", EntryPoint = "execve", SetLastError = true)]
    private static partial int ExecVENative(byte* path, byte** argv, byte** envp);
}
