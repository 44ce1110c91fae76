using Isolated.Execution;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Sys;

public static partial class SysModule
{
    static void AddFunctions(Interpreter interp, PyModule m)
    {
        Add(m, "exit", Exit, "Exit the interpreter by raising SystemExit(status).");
        Add(m, "getrecursionlimit", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "getrecursionlimit", args, kw, 0, 0) ? ts.Interpreter.Int(ts.Interpreter.RecursionLimit) : null);
        Add(m, "setrecursionlimit", SetRecursionLimit);
        Add(m, "exc_info", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "exc_info", args, kw, 0, 0)) return null;
            var interp = ts.Interpreter;
            var e = Generators.TopmostHandledException(ts);
            if (e is null) return interp.Tuple(interp.None, interp.None, interp.None);
            return interp.Tuple(e.Type, e, e.Traceback ?? interp.None);
        });
        Add(m, "exception", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "exception", args, kw, 0, 0) ? (PyObject?)Generators.TopmostHandledException(ts) ?? ts.Interpreter.None : null);
        // Objects have no reference count here (the .NET GC owns them); 2 is what CPython reports
        // for a fresh object passed as an argument, and code that only compares counts keeps working.
        // Managed references are not counted: 2 (the argument and one owner) plus what C code holds.
        Add(m, "getrefcount", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "getrefcount", args, kw, 1, 1)
                ? ts.Interpreter.Int(2 + (ts.Interpreter.Runtime.NativeExtensions?.NativeReferenceCount(args[0]) ?? 0)) : null);
        Add(m, "intern", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "intern", args, kw, 1, 1)) return null;
            if (args[0] is not PyStr s) return ts.Raise(ExceptionKind.TypeError, $"intern() argument must be str, not {args[0].Type.Name}");
            if (s.GetType() != typeof(PyStr)) return ts.Raise(ExceptionKind.TypeError, "can't intern " + s.Type.Name);
            return ts.Interpreter.Intern(s.Value);
        });
        Add(m, "getsizeof", GetSizeOf);
        Add(m, "getdefaultencoding", static (ts, self, args, kw) => ts.Interpreter.Str("utf-8"));
        Add(m, "getfilesystemencoding", static (ts, self, args, kw) => ts.Interpreter.Str("utf-8"));
        Add(m, "getfilesystemencodeerrors", static (ts, self, args, kw) => ts.Interpreter.Str("surrogateescape"));
        Add(m, "getswitchinterval", static (ts, self, args, kw) => LateBound.NewFloat(ts, ts.Interpreter.Gil.SwitchIntervalMs / 1000.0));
        Add(m, "setswitchinterval", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "setswitchinterval", args, kw, 1, 1)) return null;
            if (!LateBound.ToDouble(ts, args[0], out double seconds)) return null;
            if (!(seconds > 0)) return ts.Raise(ExceptionKind.ValueError, "switch interval must be strictly positive");
            ts.Interpreter.Gil.SwitchIntervalMs = seconds * 1000.0;
            return ts.Interpreter.None;
        });
        AddAsyncGenHooks(m);
        Add(m, "excepthook", ExceptHook);
        m.Dict.SetStr("__excepthook__", m.Dict.GetStr("excepthook")!);
        Add(m, "displayhook", DisplayHook);
        m.Dict.SetStr("__displayhook__", m.Dict.GetStr("displayhook")!);
        Add(m, "unraisablehook", UnraisableHook);
        m.Dict.SetStr("__unraisablehook__", m.Dict.GetStr("unraisablehook")!);
        Add(m, "breakpointhook", BreakpointHook.Call);
        m.Dict.SetStr("__breakpointhook__", m.Dict.GetStr("breakpointhook")!);
        Add(m, "audit", Audit);
        Add(m, "addaudithook", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "addaudithook", args, kw, 1, 1)) return null;
            SysState.Of(ts.Interpreter).AuditHooks.Add(args[0]);
            return ts.Interpreter.None;
        });
        Add(m, "call_tracing", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "call_tracing", args, kw, 2, 2)) return null;
            if (args[1] is not PyTuple t) return ts.Raise(ExceptionKind.TypeError, $"call_tracing() argument 2 must be tuple, not {args[1].Type.Name}");
            return Ops.Call(ts, args[0], t.Items);
        });
        Add(m, "settrace", static (ts, self, args, kw) =>
        {
            if (args.Length != 1 || kw is { Count: > 0 }) return ts.Raise(ExceptionKind.TypeError, $"sys.settrace() takes exactly one argument ({args.Length} given)");
            Tracing.SetTrace(ts, args[0]);
            return ts.Interpreter.None;
        });
        Add(m, "gettrace", static (ts, self, args, kw) => Tracing.GetTrace(ts) ?? ts.Interpreter.None);
        Add(m, "setprofile", static (ts, self, args, kw) =>
        {
            if (args.Length != 1 || kw is { Count: > 0 }) return ts.Raise(ExceptionKind.TypeError, $"sys.setprofile() takes exactly one argument ({args.Length} given)");
            Tracing.SetProfile(ts, args[0]);
            return ts.Interpreter.None;
        });
        Add(m, "getprofile", static (ts, self, args, kw) => Tracing.GetProfile(ts) ?? ts.Interpreter.None);
        Add(m, "_settraceallthreads", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "_settraceallthreads", args, kw, 1, 1)) return null;
            Tracing.SetAllThreads(ts, args[0], profile: false);
            return ts.Interpreter.None;
        });
        Add(m, "_setprofileallthreads", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "_setprofileallthreads", args, kw, 1, 1)) return null;
            Tracing.SetAllThreads(ts, args[0], profile: true);
            return ts.Interpreter.None;
        });
        Add(m, "get_int_max_str_digits", static (ts, self, args, kw) => ts.Interpreter.Int(ts.Interpreter.IntMaxStrDigits));
        Add(m, "set_int_max_str_digits", SetIntMaxStrDigits);
        Add(m, "is_finalizing", static (ts, self, args, kw) => ts.Interpreter.Bool(SysState.Of(ts.Interpreter).Finalizing));
        Add(m, "getallocatedblocks", static (ts, self, args, kw) => ts.Interpreter.Int(0));
        Add(m, "_clear_type_cache", static (ts, self, args, kw) => ts.Interpreter.None);
        Add(m, "_getframe", GetFrame);
        Add(m, "getdlopenflags", static (ts, self, args, kw) => ts.Interpreter.Int(2));
        Add(m, "setdlopenflags", static (ts, self, args, kw) => ts.Interpreter.None);
    }

    static void Add(PyModule m, string name, BuiltinMethod fn, string? doc = null)
    {
        var interp = m.Type.Owner;
        var f = interp.NewBuiltinFunction(name, m, fn, doc);
        f.Module = interp.Intern("sys");
        m.Dict.SetStr(interp.Intern(name), f);
    }

    static PyObject? Exit(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "exit", args, kw, 0, 1)) return null;
        var type = ts.Interpreter.ExceptionType(ExceptionKind.SystemExit);
        // As CPython (the status is the exception's "value"): None means no arguments, a tuple
        // is the argument list (sys.exit((2,)) exits with 2).
        var exc = args.Length == 0 || ReferenceEquals(args[0], ts.Interpreter.None) ? Ops.Call(ts, type)
            : args[0] is PyTuple t && t.Type == ts.Interpreter.Types.Tuple ? Ops.Call(ts, type, t.Items)
            : Ops.Call(ts, type, args[0]);
        if (exc is PyBaseException e) return ts.Raise(e);
        return null;
    }

    static PyObject? SetRecursionLimit(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "setrecursionlimit", args, kw, 1, 1)) return null;
        if (!AsInt(ts, args[0], out long limit)) return null;
        if (limit < 1) return ts.Raise(ExceptionKind.ValueError, "recursion limit must be greater or equal than 1");
        if (limit > int.MaxValue) return ts.Raise(ExceptionKind.OverflowError, "Python int too large to convert to C int");
        int depth = ts.RecursionDepth;
        if (limit <= depth)
            return ts.Raise(ExceptionKind.RecursionError,
                $"cannot set the recursion limit to {limit} at the recursion depth {depth}: the limit is too low");
        ts.Interpreter.RecursionLimit = (int)limit;
        return ts.Interpreter.None;
    }

    static PyObject? SetIntMaxStrDigits(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[1];
        if (!ArgBinder.Bind(ts, "set_int_max_str_digits", args, kw, ["maxdigits"], 1, a)) return null;
        if (!AsInt(ts, a[0]!, out long digits)) return null;
        if (digits != 0 && digits < 640 || digits > int.MaxValue) return ts.Raise(ExceptionKind.ValueError, "maxdigits must be 0 or larger than 640");
        // The interpreter holds the limit: int <-> str conversions read it there.
        ts.Interpreter.IntMaxStrDigits = (int)digits;
        return ts.Interpreter.None;
    }

    /// <summary>An int argument (int or a type with __index__).</summary>
    internal static bool AsInt(ThreadState ts, PyObject value, out long result)
    {
        result = 0;
        PyObject? v = value;
        if (v is not PyInt)
        {
            if (value.Type.Slots.Index is { } index && !(value is PyBool)) v = index(ts, value);
            else
            {
                ts.Raise(ExceptionKind.TypeError, $"'{value.Type.Name}' object cannot be interpreted as an integer");
                return false;
            }
            if (v is null) return false;
        }
        var i = (PyInt)v!;
        if (!i.IsSmall)
        {
            ts.Raise(ExceptionKind.OverflowError, "Python int too large to convert to C long");
            return false;
        }
        result = i.Small;
        return true;
    }

    /// <summary>sys.getsizeof: __sizeof__ when the type defines one in Python, else CPython's size
    /// for the common builtin types on a 64-bit build (an approximation: .NET objects have their
    /// own layout), plus 16 bytes of GC header for objects CPython tracks.</summary>
    static PyObject? GetSizeOf(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "getsizeof", args, kw, ["object", "default"], 1, a)) return null;
        var obj = a[0]!;
        var interp = ts.Interpreter;
        if (obj.Type.LookupMro(interp.Str("__sizeof__")) is { } sizeof_ && sizeof_ is not PyMethodDescriptor)
        {
            var r = Ops.CallSpecial(ts, obj, interp.Str("__sizeof__"), ReadOnlySpan<PyObject>.Empty);
            if (r is null) return a[1] ?? null;
            if (!AsInt(ts, r, out long n)) return null;
            if (n < 0) return ts.Raise(ExceptionKind.ValueError, "__sizeof__() should return >= 0");
            return interp.Int(n + 16);
        }
        long size = obj switch
        {
            PyBool => 28,
            PyInt i => i.IsSmall ? (i.Small == 0 ? 24 : Math.Abs(i.Small) < (1L << 30) ? 28 : Math.Abs(i.Small) < (1L << 60) ? 32 : 36)
                                 : 24 + 4 * ((long)(i.ToBigInteger().GetBitLength() + 29) / 30),
            PyStr s => 40 + (s.Value.Length == 0 ? 1 : StrSize(s.Value)),
            PyTuple t => 40 + 8L * t.Count,
            PyDict dict => dict.Count == 0 ? 64 : 184 + 8L * dict.Count,
            _ => 16,
        };
        return interp.Int(size);
    }

    static long StrSize(string s)
    {
        int max = 0;
        foreach (char c in s) if (c > max) max = c;
        if (max < 128) return s.Length + 1;
        if (max < 256) return 16 + s.Length + 1;
        return 16 + 2L * (s.Length + 1);
    }

    static PyObject? ExceptHook(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "excepthook", args, kw, 3, 3)) return null;
        if (args[1] is PyBaseException e)
        {
            if (!TracebackPrinter.PrintToSysStderr(ts, e)) return null;
        }
        else
        {
            if (!TracebackPrinter.WriteToSysStderr(ts, $"TypeError: print_exception(): Exception expected for value, {args[1].Type.Name} found\n")) return null;
        }
        return ts.Interpreter.None;
    }

    /// <summary>sys.displayhook: prints repr(value) to sys.stdout and stores it in builtins._.</summary>
    static PyObject? DisplayHook(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "displayhook", args, kw, 1, 1)) return null;
        var interp = ts.Interpreter;
        var value = args[0];
        if (ReferenceEquals(value, interp.None)) return interp.None;
        var builtins = SysState.Of(interp).Builtins;
        builtins.Dict.SetStr("_", interp.None);
        if (Ops.Repr(ts, value) is not PyStr r) return null;
        if (!WriteToSysStream(ts, "stdout", r.Value + "\n")) return null;
        builtins.Dict.SetStr("_", value);
        return interp.None;
    }

    /// <summary>sys.unraisablehook: "Exception ignored in: ..." and the traceback, as CPython.</summary>
    static PyObject? UnraisableHook(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "unraisablehook", args, kw, 1, 1)) return null;
        var u = args[0];
        var interp = ts.Interpreter;
        string? message = null;
        if (Ops.GetAttr(ts, u, "err_msg") is PyStr em) message = em.Value;
        ts.CurrentException = null;
        var obj = Ops.GetAttr(ts, u, "object");
        ts.CurrentException = null;
        // As CPython: "<err_msg or Exception ignored in>: <repr(object)>", or "<err_msg>:" without
        // an object, or no header at all when there is neither.
        string? text = message is null ? null : message + ":";
        if (obj is not null && !ReferenceEquals(obj, interp.None))
        {
            var r = Ops.Repr(ts, obj) as PyStr;
            ts.CurrentException = null;
            text = (message ?? "Exception ignored in") + ": " + (r?.Value ?? "<object repr() failed>");
        }
        if (text is not null && !TracebackPrinter.WriteToSysStderr(ts, text + "\n")) return null;
        if (Ops.GetAttr(ts, u, "exc_value") is PyBaseException e)
            return TracebackPrinter.PrintToSysStderr(ts, e) ? interp.None : null;
        ts.CurrentException = null;
        return interp.None;
    }

    static PyObject? Audit(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int npos = args.Length - (kw?.Count ?? 0);
        if (npos < 1) return ts.Raise(ExceptionKind.TypeError, "audit() missing 1 required positional argument: 'event'");
        if (args[0] is not PyStr) return ts.Raise(ExceptionKind.TypeError, $"expected str for argument 'event', not {args[0].Type.Name}");
        var hooks = SysState.Of(ts.Interpreter).AuditHooks;
        if (hooks.Count == 0) return ts.Interpreter.None;
        var eventArgs = ts.Interpreter.Tuple(args[1..npos].ToArray());
        foreach (var hook in hooks.ToArray())
            if (Ops.Call(ts, hook, args[0], eventArgs) is null) return null;
        return ts.Interpreter.None;
    }

    static PyObject? GetFrame(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "_getframe", args, kw, 0, 1)) return null;
        long depth = 0;
        if (args.Length == 1 && !AsInt(ts, args[0], out depth)) return null;
        return FrameAccess.GetFrame(ts, depth);
    }

    /// <summary>Writes text to sys.&lt;name&gt; through its write method.</summary>
    internal static bool WriteToSysStream(ThreadState ts, string name, string text)
    {
        var interp = ts.Interpreter;
        var sys = SysState.Of(interp).SysModuleFor(ts);
        var stream = sys.Dict.GetStr(name);
        if (stream is null || ReferenceEquals(stream, interp.None))
        {
            ts.Raise(ExceptionKind.RuntimeError, $"lost sys.{name}");
            return false;
        }
        return LateBound.CallMethod(ts, stream, "write", interp.Str(text)) is not null;
    }
}
