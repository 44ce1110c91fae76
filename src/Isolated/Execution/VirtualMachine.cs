using System.Numerics;
using System.Runtime.CompilerServices;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Execution;

/// <summary>
/// The dispatch loop (DESIGN §5). Values are tagged structs (<see cref="Value"/>); frames live in
/// the thread's value stack and Python→Python calls push a frame and continue in the same loop
/// (no C# recursion, no allocation); exceptions travel as values (null + ts.CurrentException) and
/// are routed through each code object's exception table. A .NET exception escaping a builtin is
/// caught here once and turned into the Python error it carries (or a SystemError).
/// </summary>
public static partial class VirtualMachine
{
    /// <summary>Runs <paramref name="entry"/> (already pushed) until it returns or yields.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PyObject? Run(ThreadState ts, ThreadExecution te, FrameRecord entry, bool resumeWithError = false)
    {
        // The outermost run on a thread state is a call into the interpreter: the host's budget
        // (HostControls) counts from here.
        HostControls.EnterCall(ts);
        try
        {
            bool entering = true;
            while (true)
            {
                try
                {
                    return Execute(ts, te, entry, resumeWithError, entering);
                }
                catch (Exception e)
                {
                    ts.CurrentException = ExceptionFromDotNet(ts, e);
                }
                resumeWithError = true;
                entering = false;
            }
        }
        finally
        {
            HostControls.ExitCall(ts);
        }
    }

    /// <summary>The Python exception for a .NET exception that escaped runtime code: the one a
    /// <see cref="PyException"/> carries, RecursionError when the C# stack ran short, MemoryError
    /// when .NET could not allocate, and (fault containment, DESIGN §5) SystemError with the .NET
    /// message for a runtime bug — in this interpreter only.</summary>
    public static PyBaseException ExceptionFromDotNet(ThreadState ts, Exception e)
    {
        var interp = ts.Interpreter;
        switch (e)
        {
            case PyException pe:
                return pe.Value;
            case InsufficientExecutionStackException:
                return interp.NewException(ExceptionKind.RecursionError, "maximum recursion depth exceeded");
            case OutOfMemoryException:
                return interp.NewMemoryError();
            default:
                return interp.NewException(ExceptionKind.SystemError, $"{e.GetType().Name}: {e.Message}");
        }
    }

    static PyObject? Execute(ThreadState ts, ThreadExecution te, FrameRecord entry, bool resumeWithError, bool entering)
    {
        var interp = ts.Interpreter;
        var f = te.Current!;
        PyCode co = f.Code;
        int[] code = co.Code;
        PyObject[] consts = co.Consts;
        Value[] s = f.Stack;
        int lb = f.Base;
        int sp = f.Sp;
        int pc = f.Pc;
        int ip = f.Ip;
        bool reraise = false;
        PyObject? exc = null;
        var none = interp.None;
        var trueObj = interp.True;
        var falseObj = interp.False;

        // Every frame entry compares its code's trace epoch with the interpreter's (Tracing).
        if (entering && co.TraceEpoch != interp.TraceEpoch && !Tracing.OnEnter(ts, te, f)) goto error;
        // Resuming with an exception (a generator's throw, a fault caught by Run) starts in the
        // unwinder; the dispatch loop itself checks nothing but the instruction.
        if (resumeWithError) goto error;

    dispatch:
        while (true)
        {
            ip = pc;
            // word and arg are loop-locals, dead after the switch: declared outside, RyuJIT kept
            // both on the stack (a store and a reload per instruction).
            int word = code[pc++];
            int arg = word >> Instr.ArgShift;
            switch ((OpCode)(word & 0xFF))
            {
                case OpCode.Nop:
                    continue;

                case OpCode.LoadFast:
                {
                    ref var v = ref s[lb + arg];
                    if (v.Obj is null) { s[sp].Obj = null; s[sp].Bits = v.Bits; sp++; continue; }
                    if (ReferenceEquals(v.Obj, Value.UnboundMarker)) { f.Ip = ip; RaiseUnboundLocal(ts, co, arg); goto error; }
                    s[sp++] = v;
                    continue;
                }

                case OpCode.LoadFastLoadFast:
                {
                    ref var v1 = ref s[lb + (arg & 0xFFF)];
                    ref var v2 = ref s[lb + (arg >> 12)];
                    if (ReferenceEquals(v1.Obj, Value.UnboundMarker)) { f.Ip = ip; RaiseUnboundLocal(ts, co, arg & 0xFFF); goto error; }
                    if (ReferenceEquals(v2.Obj, Value.UnboundMarker)) { f.Ip = ip; RaiseUnboundLocal(ts, co, arg >> 12); goto error; }
                    Value.Copy(ref s[sp], v1);
                    Value.Copy(ref s[sp + 1], v2);
                    sp += 2;
                    continue;
                }

                case OpCode.StoreFast:
                {
                    ref var src = ref s[--sp];
                    if (src.Obj is null) { s[lb + arg].Obj = null; s[lb + arg].Bits = src.Bits; }
                    else
                    {
                        s[lb + arg] = src;
                        // A popped slot must not keep its object reachable (weakref callbacks,
                        // memory caps): clearing it is one store, no write barrier.
                        src.Obj = null;
                    }
                    continue;
                }

                case OpCode.DeleteFast:
                    if (ReferenceEquals(s[lb + arg].Obj, Value.UnboundMarker)) { f.Ip = ip; RaiseUnboundLocal(ts, co, arg); goto error; }
                    if (interp.Finalizers is { Alive: > 0 } finalizers) finalizers.RequestCollectionForSlot(ts, s, lb + arg);
                    s[lb + arg] = Value.Unbound;
                    continue;

                case OpCode.LoadSmallInt:
                    s[sp].Obj = null;
                    s[sp].Bits = arg;
                    sp++;
                    continue;

                case OpCode.LoadConst:
                {
                    var c = consts[arg];
                    if (c.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(c).IsSmall) { s[sp].Obj = null; s[sp].Bits = Unsafe.As<PyInt>(c).Small; }
                    else s[sp].Obj = c;
                    sp++;
                    continue;
                }

                case OpCode.PopTop:
                    s[--sp].Obj = null;
                    continue;

                case OpCode.PopIterator:
                    // break/return out of a for loop: a generator suspended in a try block is
                    // dropped here, and CPython would run its finally now.
                    if (interp.Finalizers is { } loopFinalizers && s[sp - 1].Obj is PyGenerator { DropWatched: true })
                        loopFinalizers.RequestCollectionForSlot(ts, s, sp - 1);
                    s[--sp].Obj = null;
                    continue;

                case OpCode.PushNull:
                    s[sp++].Obj = Value.NullMarker;
                    continue;

                case OpCode.Copy:
                    Value.Copy(ref s[sp], s[sp - arg]);
                    sp++;
                    continue;

                case OpCode.Swap:
                {
                    // An unboxed int moves without a GC write barrier (SWAP 2 before STORE_ATTR
                    // in `self.n += k` swaps the object with an int). Written out: Value.Copy is
                    // not inlined into this method.
                    ref var top = ref s[sp - 1];
                    ref var other = ref s[sp - arg];
                    var t = top;
                    if (other.Obj is null) { top.Obj = null; top.Bits = other.Bits; } else top = other;
                    if (t.Obj is null) { other.Obj = null; other.Bits = t.Bits; } else other = t;
                    continue;
                }

                // ------------------------------------------------ arithmetic

                case OpCode.BinaryAdd:
                {
                    ref var a = ref s[sp - 2];
                    ref var b = ref s[sp - 1];
                    if (a.Obj is null && b.Obj is null)
                    {
                        long r = a.Bits + b.Bits;
                        if (((a.Bits ^ r) & (b.Bits ^ r)) >= 0) { a.Bits = r; sp--; continue; }
                    }
                    goto binarySlow;
                }

                case OpCode.BinarySubtract:
                {
                    ref var a = ref s[sp - 2];
                    ref var b = ref s[sp - 1];
                    if (a.Obj is null && b.Obj is null)
                    {
                        long r = a.Bits - b.Bits;
                        if (((a.Bits ^ b.Bits) & (a.Bits ^ r)) >= 0) { a.Bits = r; sp--; continue; }
                    }
                    goto binarySlow;
                }

                case OpCode.BinaryMultiply:
                {
                    ref var a = ref s[sp - 2];
                    ref var b = ref s[sp - 1];
                    if (a.Obj is null && b.Obj is null && a.Bits == (int)a.Bits && b.Bits == (int)b.Bits)
                    {
                        a.Bits *= b.Bits;
                        sp--;
                        continue;
                    }
                    goto binarySlow;
                }

                case OpCode.BinaryRemainder:
                {
                    ref var a = ref s[sp - 2];
                    ref var b = ref s[sp - 1];
                    if (a.Obj is null && b.Obj is null && b.Bits > 0)
                    {
                        long r = a.Bits % b.Bits;
                        if (r < 0) r += b.Bits;
                        a.Bits = r;
                        sp--;
                        continue;
                    }
                    goto binarySlow;
                }

                case OpCode.BinaryOp:
                {
                    ref var a = ref s[sp - 2];
                    ref var b = ref s[sp - 1];
                    if (a.Obj is null && b.Obj is null)
                    {
                        if (TryIntBinary((BinaryOpKind)arg, a.Bits, b.Bits, out long r))
                        {
                            a.Bits = r;
                            sp--;
                            continue;
                        }
                    }
                    goto binarySlow;
                }

                binarySlow:
                {
                    if (TryFloatArithmetic(ref s[sp - 2], s[sp - 1], (BinaryOpKind)arg)) { sp--; continue; }
                    f.Ip = ip;
                    var result = BinarySlow(ts, s[sp - 2], s[sp - 1], (BinaryOpKind)arg);
                    if (result is null) goto error;
                    sp--;
                    SetResult(ref s[sp - 1], result);
                    continue;
                }

                case OpCode.CompareOp:
                {
                    ref var a = ref s[sp - 2];
                    ref var b = ref s[sp - 1];
                    if (a.Obj is null && b.Obj is null)
                    {
                        a.Obj = CompareLongs(a.Bits, b.Bits, (CompareOp)arg) ? trueObj : falseObj;
                        sp--;
                        continue;
                    }
                    if (TryFloatCompare(a, b, (CompareOp)arg, out bool floatResult))
                    {
                        a.Obj = floatResult ? trueObj : falseObj;
                        sp--;
                        continue;
                    }
                    f.Ip = ip;
                    var r = Ops.RichCompare(ts, a.Box(interp), b.Box(interp), (CompareOp)arg);
                    if (r is null) goto error;
                    sp--;
                    s[sp - 1].Obj = r;
                    continue;
                }

                case OpCode.CompareJumpIfFalse:
                {
                    int target = code[pc++];
                    ref var a = ref s[sp - 2];
                    ref var b = ref s[sp - 1];
                    sp -= 2;
                    if (a.Obj is null && b.Obj is null)
                    {
                        if (!CompareLongs(a.Bits, b.Bits, (CompareOp)arg)) pc = target;
                        continue;
                    }
                    if (TryFloatCompare(a, b, (CompareOp)arg, out bool floatResult))
                    {
                        if (!floatResult) pc = target;
                        continue;
                    }
                    f.Ip = ip;
                    int t = CompareSlow(ts, a, b, (CompareOp)arg);
                    if (t < 0) goto error;
                    if (t == 0) pc = target;
                    continue;
                }

                case OpCode.IsOp:
                {
                    ref var a = ref s[sp - 2];
                    ref var b = ref s[sp - 1];
                    bool same = a.Obj is null && b.Obj is null ? a.Bits == b.Bits
                        : a.Obj is null || b.Obj is null ? ReferenceEquals(a.Box(interp), b.Box(interp))
                        : ReferenceEquals(a.Obj, b.Obj) && (!ReferenceEquals(a.Obj, Value.FloatMarker) || a.Bits == b.Bits);
                    sp--;
                    s[sp - 1].Obj = (same ^ (arg != 0)) ? trueObj : falseObj;
                    continue;
                }

                case OpCode.ContainsOp:
                {
                    f.Ip = ip;
                    var item = s[sp - 2].Box(interp);
                    var container = s[sp - 1].Box(interp);
                    int r = Ops.Contains(ts, container, item);
                    if (r < 0) goto error;
                    sp--;
                    s[sp - 1].Obj = ((r == 1) ^ (arg != 0)) ? trueObj : falseObj;
                    continue;
                }

                case OpCode.UnaryNegative:
                {
                    ref var a = ref s[sp - 1];
                    if (a.Obj is null && a.Bits != long.MinValue) { a.Bits = -a.Bits; continue; }
                    if (ReferenceEquals(a.Obj, Value.FloatMarker)) { a.Bits ^= long.MinValue; continue; }
                    f.Ip = ip;
                    var r = Ops.Negative(ts, a.Box(interp));
                    if (r is null) goto error;
                    SetResult(ref a, r);
                    continue;
                }

                case OpCode.UnaryPositive:
                {
                    ref var a = ref s[sp - 1];
                    if (a.Obj is null || ReferenceEquals(a.Obj, Value.FloatMarker)) continue;
                    f.Ip = ip;
                    var r = Ops.Positive(ts, a.Box(interp));
                    if (r is null) goto error;
                    SetResult(ref a, r);
                    continue;
                }

                case OpCode.UnaryInvert:
                {
                    ref var a = ref s[sp - 1];
                    if (a.Obj is null) { a.Bits = ~a.Bits; continue; }
                    f.Ip = ip;
                    var r = Ops.Invert(ts, a.Box(interp));
                    if (r is null) goto error;
                    SetResult(ref a, r);
                    continue;
                }

                case OpCode.UnaryNot:
                {
                    ref var a = ref s[sp - 1];
                    int t = IsTrue(ts, a, interp);
                    if (t < 0) { f.Ip = ip; goto error; }
                    a.Obj = t == 0 ? trueObj : falseObj;
                    continue;
                }

                // ------------------------------------------------ jumps

                case OpCode.Jump:
                    pc = arg;
                    continue;

                case OpCode.JumpBackward:
                    pc = arg;
                    if (ts.EvalBreaker != 0)
                    {
                        f.Ip = ip;
                        if (!HandleEvalBreaker(ts)) goto error;
                    }
                    continue;

                case OpCode.PopJumpIfFalse:
                {
                    ref var v = ref s[--sp];
                    if (ReferenceEquals(v.Obj, falseObj)) { pc = arg; continue; }
                    if (ReferenceEquals(v.Obj, trueObj)) continue;
                    int t = IsTrue(ts, v, interp);
                    if (t < 0) { f.Ip = ip; goto error; }
                    if (t == 0) pc = arg;
                    continue;
                }

                case OpCode.PopJumpIfTrue:
                {
                    ref var v = ref s[--sp];
                    if (ReferenceEquals(v.Obj, trueObj)) { pc = arg; continue; }
                    if (ReferenceEquals(v.Obj, falseObj)) continue;
                    int t = IsTrue(ts, v, interp);
                    if (t < 0) { f.Ip = ip; goto error; }
                    if (t == 1) pc = arg;
                    continue;
                }

                case OpCode.PopJumpIfNone:
                    if (ReferenceEquals(s[--sp].Obj, none)) pc = arg;
                    continue;

                case OpCode.PopJumpIfNotNone:
                    if (!ReferenceEquals(s[--sp].Obj, none)) pc = arg;
                    continue;

                case OpCode.JumpIfFalseOrPop:
                {
                    int t = IsTrue(ts, s[sp - 1], interp);
                    if (t < 0) { f.Ip = ip; goto error; }
                    if (t == 0) pc = arg; else sp--;
                    continue;
                }

                case OpCode.JumpIfTrueOrPop:
                {
                    int t = IsTrue(ts, s[sp - 1], interp);
                    if (t < 0) { f.Ip = ip; goto error; }
                    if (t == 1) pc = arg; else sp--;
                    continue;
                }

                // ------------------------------------------------ iteration

                case OpCode.GetIter:
                {
                    f.Ip = ip;
                    var iterable = s[sp - 1].Box(interp);
                    if (iterable.GetType() == typeof(PyRange) && ((PyRange)iterable).IsSmall)
                    {
                        var r = (PyRange)iterable;
                        s[sp - 1].Obj = new VmRangeIterator(ExecutionState.Of(interp).RangeIteratorType, r.Start, r.Step, r.Length);
                        continue;
                    }
                    var it = Ops.GetIter(ts, iterable);
                    if (it is null) goto error;
                    s[sp - 1].Obj = it;
                    continue;
                }

                case OpCode.ForIter:
                {
                    // The iterator slot always holds the object GET_ITER left there.
                    var it = Unsafe.As<PyObject>(s[sp - 1].Obj!);
                    if (it.GetType() == typeof(VmRangeIterator))
                    {
                        var ri = Unsafe.As<VmRangeIterator>(it);
                        if (ri.Remaining <= 0) { sp--; pc = arg; continue; }
                        ri.Remaining--;
                        s[sp].Obj = null;
                        s[sp].Bits = ri.Next;
                        ri.Next += ri.Step;
                        sp++;
                        continue;
                    }
                    f.Ip = ip;
                    if (it.GetType() == typeof(PyGenerator) && CanResumeInline(te, interp, Unsafe.As<PyGenerator>(it)))
                    {
                        // Run the generator's frame in this loop (no C# re-entry): its yield
                        // comes back here with the value, its end continues at this FOR_ITER's target.
                        var gen = Unsafe.As<PyGenerator>(it);
                        var gf = gen.Frame;
                        if (gen.Started) gf.Stack[gf.Sp++].Obj = none;
                        gen.Started = true;
                        gen.Running = true;
                        gf.YieldFrom = null;
                        f.Sp = sp;
                        f.Pc = pc;
                        gf.Back = f;
                        gf.IsEntry = false;
                        gf.Yielded = false;
                        te.Current = gf;
                        te.Depth++;
                        gen.ResumerExcState = ts.HandledException;
                        ts.HandledException = gen.ExcState;
                        f = gf;
                        co = f.Code;
                        code = co.Code;
                        consts = co.Consts;
                        s = f.Stack;
                        lb = f.Base;
                        sp = f.Sp;
                        pc = f.Pc;
                        if (co.TraceEpoch != interp.TraceEpoch && !Tracing.OnEnter(ts, te, f)) { ip = pc; goto error; }
                        continue;
                    }
                    var next = it.Type.Slots.IterNext;
                    PyObject? item;
                    if (next is null) { item = Ops.Next(ts, it); }
                    else
                    {
                        item = next(ts, it);
                        if (item is null && ts.CurrentException is not null && Ops.IsError(ts, ExceptionKind.StopIteration))
                            ts.CurrentException = null;
                    }
                    if (item is null)
                    {
                        if (ts.CurrentException is not null) goto error;
                        sp--;
                        pc = arg;
                        continue;
                    }
                    SetResult(ref s[sp], item);
                    sp++;
                    continue;
                }

                // ------------------------------------------------ names

                case OpCode.LoadGlobal:
                {
                    ref var cache = ref (co.Caches ??= new InlineCache[code.Length])[ip];
                    var globals = f.Globals;
                    var builtins = f.Builtins;
                    if (ReferenceEquals(cache.Key, globals) && cache.Version == globals.Version
                        && ReferenceEquals(cache.Key2, builtins) && cache.Version2 == builtins.Version)
                    {
                        SetResult(ref s[sp], Unsafe.As<PyObject>(cache.Value!));
                        sp++;
                        continue;
                    }
                    var name = co.Names[arg];
                    var v = globals.GetStr(name) ?? builtins.GetStr(name);
                    if (v is not null)
                    {
                        cache.Key = globals;
                        cache.Version = globals.Version;
                        cache.Key2 = builtins;
                        cache.Version2 = builtins.Version;
                        cache.Value = v;
                    }
                    if (v is null)
                    {
                        f.Ip = ip;
                        ts.Raise(ExceptionKind.NameError, $"name '{name.Value}' is not defined");
                        SetNameErrorName(ts, name);
                        goto error;
                    }
                    SetResult(ref s[sp], v);
                    sp++;
                    continue;
                }

                case OpCode.StoreGlobal:
                    if (interp.Finalizers is { Alive: > 0 } globalFinalizers) globalFinalizers.NoteRebinding(ts, f.Globals, co.Names[arg]);
                    f.Globals.SetStr(co.Names[arg], s[--sp].Box(interp));
                    s[sp].Obj = null;
                    continue;

                case OpCode.DeleteGlobal:
                {
                    var name = co.Names[arg];
                    f.Ip = ip;
                    if (interp.Finalizers is { Alive: > 0 } delFinalizers) delFinalizers.RequestCollectionForName(ts, f.Globals, name);
                    if (f.Globals.TryDelItem(ts, name, name.Hash) <= 0)
                    {
                        if (ts.CurrentException is null)
                        {
                            ts.Raise(ExceptionKind.NameError, $"name '{name.Value}' is not defined");
                            SetNameErrorName(ts, name);
                        }
                        goto error;
                    }
                    continue;
                }

                case OpCode.LoadName:
                {
                    var name = co.Names[arg];
                    f.Ip = ip;
                    var v = LoadName(ts, f, name);
                    if (v is null) goto error;
                    SetResult(ref s[sp], v);
                    sp++;
                    continue;
                }

                case OpCode.StoreName:
                {
                    var name = co.Names[arg];
                    var v = s[--sp].Box(interp);
                    s[sp].Obj = null;
                    var locals = f.Locals;
                    if (locals is PyDict d && d.GetType() == typeof(PyDict))
                    {
                        if (interp.Finalizers is { Alive: > 0 } nameFinalizers) nameFinalizers.NoteRebinding(ts, d, name);
                        d.SetStr(name, v);
                        continue;
                    }
                    f.Ip = ip;
                    if (locals is null) { ts.Raise(ExceptionKind.SystemError, $"no locals found when storing '{name.Value}'"); goto error; }
                    if (!Ops.SetItem(ts, locals, name, v)) goto error;
                    continue;
                }

                case OpCode.DeleteName:
                {
                    var name = co.Names[arg];
                    f.Ip = ip;
                    var locals = f.Locals;
                    if (interp.Finalizers is { Alive: > 0 } delNameFinalizers)
                        delNameFinalizers.RequestCollectionForName(ts, locals, name);
                    bool ok = locals is PyDict d && d.GetType() == typeof(PyDict)
                        ? d.TryDelItem(ts, name, name.Hash) > 0
                        : locals is not null && Ops.DelItem(ts, locals, name);
                    if (!ok)
                    {
                        if (ts.CurrentException is null || Ops.IsError(ts, ExceptionKind.KeyError))
                        {
                            ts.CurrentException = null;
                            ts.Raise(ExceptionKind.NameError, $"name '{name.Value}' is not defined");
                            SetNameErrorName(ts, name);
                        }
                        goto error;
                    }
                    continue;
                }

                case OpCode.LoadDeref:
                {
                    var cell = (PyCell)s[lb + arg].Obj!;
                    var v = cell.Contents;
                    if (v is null) { f.Ip = ip; RaiseUnboundDeref(ts, co, arg); goto error; }
                    SetResult(ref s[sp], v);
                    sp++;
                    continue;
                }

                case OpCode.LoadClassDeref:
                {
                    int slot = arg & 0xFFF;
                    var name = co.Names[arg >> 12];
                    f.Ip = ip;
                    PyObject? v = null;
                    if (f.Locals is PyDict d) v = d.GetStr(name);
                    else if (f.Locals is not null)
                    {
                        v = Ops.GetItem(ts, f.Locals, name);
                        if (v is null)
                        {
                            if (!Ops.IsError(ts, ExceptionKind.KeyError)) goto error;
                            ts.CurrentException = null;
                        }
                    }
                    if (v is null)
                    {
                        v = ((PyCell)s[lb + slot].Obj!).Contents;
                        if (v is null) { RaiseUnboundDeref(ts, co, slot); goto error; }
                    }
                    SetResult(ref s[sp], v);
                    sp++;
                    continue;
                }

                case OpCode.StoreDeref:
                    ((PyCell)s[lb + arg].Obj!).Contents = s[--sp].Box(interp);
                    continue;

                case OpCode.DeleteDeref:
                {
                    var cell = (PyCell)s[lb + arg].Obj!;
                    if (cell.Contents is null) { f.Ip = ip; RaiseUnboundDeref(ts, co, arg); goto error; }
                    if (interp.Finalizers is { Alive: > 0 } derefFinalizers) derefFinalizers.RequestCollectionForCell(ts, cell);
                    cell.Contents = null;
                    continue;
                }

                case OpCode.LoadClosure:
                    s[sp++] = s[lb + arg];
                    continue;

                // ------------------------------------------------ attributes

                case OpCode.LoadAttr:
                {
                    f.Ip = ip;
                    var obj = s[sp - 1].Box(interp);
                    var v = LoadAttrCached(ts, obj, co.Names[arg], ref (co.Caches ??= new InlineCache[code.Length])[ip]);
                    if (v is null) goto error;
                    SetResult(ref s[sp - 1], v);
                    continue;
                }

                case OpCode.LoadMethod:
                {
                    f.Ip = ip;
                    var obj = s[sp - 1].Box(interp);
                    var name = co.Names[arg];
                    ref var cache = ref (co.Caches ??= new InlineCache[code.Length])[ip];
                    var method = CachedMethod(obj, name, ref cache);
                    if (method is not null)
                    {
                        s[sp - 1].Obj = method;
                        s[sp].Obj = obj;
                        sp++;
                        continue;
                    }
                    var v = LoadAttrCached(ts, obj, name, ref cache);
                    if (v is null) goto error;
                    s[sp - 1].Obj = Value.NullMarker;
                    SetResult(ref s[sp], v);
                    sp++;
                    continue;
                }

                case OpCode.StoreAttr:
                {
                    f.Ip = ip;
                    var obj = s[sp - 1].Box(interp);
                    var v = s[sp - 2].Box(interp);
                    sp -= 2;
                    // Popped slots must not keep their objects reachable (see StoreFast).
                    s[sp].Obj = null;
                    s[sp + 1].Obj = null;
                    if (TryStoreAttrCached(interp, obj, co.Names[arg], v, ref (co.Caches ??= new InlineCache[code.Length])[ip])) continue;
                    if (!Ops.SetAttr(ts, obj, co.Names[arg], v)) goto error;
                    continue;
                }

                case OpCode.DeleteAttr:
                {
                    f.Ip = ip;
                    var obj = s[--sp].Box(interp);
                    if (!Ops.SetAttr(ts, obj, co.Names[arg], null)) goto error;
                    continue;
                }

                // ------------------------------------------------ subscripts

                case OpCode.BinarySubscr:
                {
                    f.Ip = ip;
                    var container = s[sp - 2].Box(interp);
                    PyObject? v;
                    if (s[sp - 1].Obj is null && container.GetType() == typeof(PyList))
                    {
                        var list = (PyList)container;
                        long i = s[sp - 1].Bits;
                        if (i < 0) i += list.Count;
                        if ((ulong)i < (ulong)list.Count) v = list.Items[i];
                        else v = Ops.GetItem(ts, container, s[sp - 1].Box(interp));
                    }
                    else if (container.GetType() == typeof(PyDict))
                    {
                        // Exact dict: straight to the table, out of line (an `out` local of
                        // Execute is address-taken, so the JIT reports it live for the whole
                        // method: the last item looked up stayed reachable, and gc.collect()
                        // missed a cycle through it).
                        v = ExactDictGetItem(ts, Unsafe.As<PyDict>(container), s[sp - 1].Box(interp));
                    }
                    else v = Ops.GetItem(ts, container, s[sp - 1].Box(interp));
                    if (v is null) goto error;
                    sp--;
                    SetResult(ref s[sp - 1], v);
                    continue;
                }

                case OpCode.StoreSubscr:
                {
                    f.Ip = ip;
                    var container = s[sp - 2].Box(interp);
                    var v = s[sp - 3].Box(interp);
                    if (s[sp - 1].Obj is null && container.GetType() == typeof(PyList))
                    {
                        // Exact list, int index in range: store in place.
                        var list = Unsafe.As<PyList>(container);
                        long i = s[sp - 1].Bits;
                        if (i < 0) i += list.Count;
                        if ((ulong)i < (ulong)list.Count)
                        {
                            list.Items[i] = v;
                            sp -= 3;
                            s[sp].Obj = null;
                            s[sp + 1].Obj = null;
                            continue;
                        }
                    }
                    var key = s[sp - 1].Box(interp);
                    sp -= 3;
                    // Popped slots must not keep their objects reachable (see StoreFast).
                    s[sp].Obj = null;
                    s[sp + 1].Obj = null;
                    s[sp + 2].Obj = null;
                    if (container.GetType() == typeof(PyDict))
                    {
                        if (!Unsafe.As<PyDict>(container).TrySetItem(ts, key, v)) goto error;
                    }
                    else if (!Ops.SetItem(ts, container, key, v)) goto error;
                    continue;
                }

                case OpCode.DeleteSubscr:
                {
                    f.Ip = ip;
                    var key = s[sp - 1].Box(interp);
                    var container = s[sp - 2].Box(interp);
                    sp -= 2;
                    if (!Ops.DelItem(ts, container, key)) goto error;
                    continue;
                }

                case OpCode.BuildSlice:
                {
                    PyObject? step = arg == 3 ? s[--sp].Box(interp) : null;
                    var stop = s[--sp].Box(interp);
                    var start = s[sp - 1].Box(interp);
                    s[sp - 1].Obj = Ops.NewSlice(ts, start, stop, step);
                    continue;
                }

                // ------------------------------------------------ building

                case OpCode.BuildTuple:
                {
                    var items = arg == 0 ? [] : new PyObject[arg];
                    int start = sp - arg;
                    for (int i = 0; i < arg; i++) items[i] = s[start + i].Box(interp);
                    sp = start;
                    s[sp++].Obj = arg == 0 ? interp.EmptyTuple : new PyTuple(interp.Types.Tuple, items);
                    continue;
                }

                case OpCode.BuildList:
                {
                    var list = new PyList(interp.Types.List, arg);
                    int start = sp - arg;
                    for (int i = 0; i < arg; i++) list.Append(s[start + i].Box(interp));
                    sp = start;
                    s[sp++].Obj = list;
                    continue;
                }

                case OpCode.BuildSet:
                {
                    f.Ip = ip;
                    int start = sp - arg;
                    var items = new PyObject[arg];
                    for (int i = 0; i < arg; i++) items[i] = s[start + i].Box(interp);
                    var set = Ops.VmNewSet(ts, items);
                    if (set is null) goto error;
                    sp = start;
                    s[sp++].Obj = set;
                    continue;
                }

                case OpCode.BuildMap:
                {
                    f.Ip = ip;
                    var d = interp.NewDict();
                    int start = sp - 2 * arg;
                    for (int i = 0; i < arg; i++)
                    {
                        if (!d.TrySetItem(ts, s[start + 2 * i].Box(interp), s[start + 2 * i + 1].Box(interp))) goto error;
                    }
                    sp = start;
                    s[sp++].Obj = d;
                    continue;
                }

                case OpCode.BuildString:
                {
                    int start = sp - arg;
                    string result;
                    if (arg == 1) result = ((PyStr)s[start].Obj!).Value;
                    else
                    {
                        var parts = new string[arg];
                        for (int i = 0; i < arg; i++) parts[i] = ((PyStr)s[start + i].Obj!).Value;
                        result = string.Concat(parts);
                    }
                    sp = start;
                    s[sp++].Obj = interp.Str(result);
                    continue;
                }

                case OpCode.ListAppend:
                {
                    var item = s[--sp].Box(interp);
                    ((PyList)s[sp - arg].Obj!).Append(item);
                    continue;
                }

                case OpCode.ListExtend:
                {
                    f.Ip = ip;
                    var iterable = s[--sp].Box(interp);
                    var list = (PyList)s[sp - arg].Obj!;
                    if (!ExtendList(ts, list, iterable)) goto error;
                    continue;
                }

                case OpCode.SetAdd:
                {
                    f.Ip = ip;
                    var item = s[--sp].Box(interp);
                    if (Ops.VmCallMethod(ts, (PyObject)s[sp - arg].Obj!, "add", [item]) is null) goto error;
                    continue;
                }

                case OpCode.SetUpdate:
                {
                    f.Ip = ip;
                    var iterable = s[--sp].Box(interp);
                    if (Ops.VmCallMethod(ts, (PyObject)s[sp - arg].Obj!, "update", [iterable]) is null) goto error;
                    continue;
                }

                case OpCode.MapAdd:
                {
                    f.Ip = ip;
                    var v = s[--sp].Box(interp);
                    var k = s[--sp].Box(interp);
                    if (!((PyDict)s[sp - arg].Obj!).TrySetItem(ts, k, v)) goto error;
                    continue;
                }

                case OpCode.DictUpdate:
                {
                    f.Ip = ip;
                    var other = s[--sp].Box(interp);
                    if (!Ops.VmDictUpdate(ts, (PyDict)s[sp - arg].Obj!, other, null)) goto error;
                    continue;
                }

                case OpCode.DictMerge:
                {
                    f.Ip = ip;
                    var other = s[--sp].Box(interp);
                    // The callable sits below the positional tuple and the dict: [NULL, callable, args, dict].
                    var callee = (PyObject)s[sp - arg - 2].Obj!;
                    if (!Ops.VmDictUpdate(ts, (PyDict)s[sp - arg].Obj!, other, callee)) goto error;
                    continue;
                }

                case OpCode.ListToTuple:
                {
                    var list = (PyList)s[sp - 1].Obj!;
                    s[sp - 1].Obj = list.Count == 0 ? interp.EmptyTuple : new PyTuple(interp.Types.Tuple, list.AsSpan().ToArray());
                    continue;
                }

                case OpCode.FormatValue:
                {
                    f.Ip = ip;
                    PyObject? spec = (arg & 4) != 0 ? s[--sp].Box(interp) : null;
                    var value = s[sp - 1].Box(interp);
                    var r = Ops.VmFormatValue(ts, value, arg & 3, spec);
                    if (r is null) goto error;
                    if (r is not PyStr) { ts.Raise(ExceptionKind.TypeError, $"__format__ must return a str, not {r.Type.Name}"); goto error; }
                    s[sp - 1].Obj = r;
                    continue;
                }

                case OpCode.UnpackSequence:
                {
                    f.Ip = ip;
                    var seq = s[sp - 1].Box(interp);
                    sp--;
                    if (seq.GetType() == typeof(PyTuple) && ((PyTuple)seq).Count == arg)
                    {
                        var items = ((PyTuple)seq).Items;
                        for (int i = 0; i < arg; i++) SetResult(ref s[sp + arg - 1 - i], items[i]);
                        sp += arg;
                        continue;
                    }
                    if (seq.GetType() == typeof(PyList) && ((PyList)seq).Count == arg)
                    {
                        var items = ((PyList)seq).Items;
                        for (int i = 0; i < arg; i++) SetResult(ref s[sp + arg - 1 - i], items[i]);
                        sp += arg;
                        continue;
                    }
                    var buffer = new PyObject[arg];
                    if (!Ops.Unpack(ts, seq, buffer)) goto error;
                    for (int i = 0; i < arg; i++) SetResult(ref s[sp + arg - 1 - i], buffer[i]);
                    sp += arg;
                    continue;
                }

                case OpCode.UnpackEx:
                {
                    f.Ip = ip;
                    int before = arg & 0xFF, after = arg >> 8;
                    int n = before + 1 + after;
                    var seq = s[--sp].Box(interp);
                    var buffer = new PyObject[n];
                    if (!Ops.UnpackEx(ts, seq, before, after, buffer)) goto error;
                    for (int i = 0; i < n; i++) SetResult(ref s[sp + n - 1 - i], buffer[i]);
                    sp += n;
                    continue;
                }

                // ------------------------------------------------ calls

                case OpCode.Call:
                case OpCode.CallKw:
                {
                    PyTuple? kwnames = null;
                    if ((OpCode)(code[ip] & 0xFF) == OpCode.CallKw) kwnames = (PyTuple)s[--sp].Obj!;
                    int fnIdx = sp - arg - 2;
                    PyObject callable;
                    int argStart, nargs;
                    if (ReferenceEquals(s[fnIdx].Obj, Value.NullMarker))
                    {
                        callable = s[fnIdx + 1].Box(interp);
                        argStart = fnIdx + 2;
                        nargs = arg;
                        if (callable.GetType() == typeof(PyMethod))
                        {
                            var m = (PyMethod)callable;
                            s[fnIdx].Obj = m.Function;
                            s[fnIdx + 1].Obj = m.Self;
                            callable = m.Function;
                            argStart = fnIdx + 1;
                            nargs = arg + 1;
                        }
                    }
                    else
                    {
                        // [method, self] as LOAD_METHOD left them: the method is an object.
                        callable = Unsafe.As<PyObject>(s[fnIdx].Obj!);
                        argStart = fnIdx + 1;
                        nargs = arg + 1;
                    }
                    f.Ip = ip;
                    if (ts.EvalBreaker != 0 && !HandleEvalBreaker(ts)) goto error;

                    if (callable.GetType() == typeof(PyFunction) && !Unsafe.As<PyFunction>(callable).Code.IsGeneratorLike)
                    {
                        var func = Unsafe.As<PyFunction>(callable);
                        var callee = func.Code;
                        if (!callee.SimpleArgs || nargs != callee.ArgCount || kwnames is not null)
                        {
                            // General binding, still without recursing in C#: bind into a fresh frame.
                            if (!PushBoundFrame(ts, te, f, func, s, argStart, nargs, kwnames, fnIdx, pc)) goto error;
                            f = te.Current!;
                            co = callee;
                            code = co.Code;
                            consts = co.Consts;
                            s = f.Stack;
                            lb = f.Base;
                            sp = lb + co.LocalsPlus;
                            pc = 0;
                            if (co.TraceEpoch != interp.TraceEpoch && !Tracing.OnEnter(ts, te, f)) { ip = 0; goto error; }
                            continue;
                        }
                        {
                            if (te.Depth >= interp.RecursionLimit)
                            {
                                ts.Raise(ExceptionKind.RecursionError, "maximum recursion depth exceeded");
                                goto error;
                            }
                            // Push the callee's frame where its arguments already are (no copy).
                            var nf = te.Rent();
                            if (!ReferenceEquals(nf.SavedSegment, te.Segment)) nf.SavedSegment = te.Segment;
                            nf.SavedTop = te.Top;
                            int size = callee.FrameSize;
                            Value[] ns;
                            int nb;
                            if (ReferenceEquals(s, te.Segment) && argStart + size <= s.Length)
                            {
                                ns = s;
                                nb = argStart;
                                te.Top = nb + size;
                            }
                            else
                            {
                                (ns, nb) = te.Reserve(size);
                                for (int i = 0; i < nargs; i++) ns[nb + i] = s[argStart + i];
                            }
                            for (int i = nargs; i < callee.NLocals; i++) ns[nb + i] = Value.Unbound;
                            f.Sp = fnIdx;
                            nf.Pc = 0;
                            nf.Ip = 0;
                            f.Pc = pc;
                            // Pooled records at the same depth mostly see the same values
                            // again: comparing first skips most GC write barriers.
                            // (Written out: Execute is past RyuJIT's inlining budget, so the
                            // generic SetIfChanged would be a call here.)
                            if (!ReferenceEquals(nf.Code, callee)) nf.Code = callee;
                            if (!ReferenceEquals(nf.Function, func)) nf.Function = func;
                            if (!ReferenceEquals(nf.Globals, func.Globals)) nf.Globals = func.Globals;
                            if (!ReferenceEquals(nf.Builtins, func.Builtins)) nf.Builtins = func.Builtins;
                            nf.Locals = null;
                            if (!ReferenceEquals(nf.Stack, ns)) nf.Stack = ns;
                            nf.Base = nb;
                            nf.IsEntry = false;
                            nf.Yielded = false;
                            nf.Generator = null;
                            if (!ReferenceEquals(nf.Back, f)) nf.Back = f;
                            te.Current = nf;
                            te.Depth++;
                            if (callee.CellVars.Length + callee.FreeVars.Length > 0) Eval.InitCells(ts, nf, func);
                            f = nf;
                            co = callee;
                            code = co.Code;
                            consts = co.Consts;
                            s = ns;
                            lb = nb;
                            sp = nb + co.LocalsPlus;
                            pc = 0;
                            if (co.TraceEpoch != interp.TraceEpoch && !Tracing.OnEnter(ts, te, f)) { ip = 0; goto error; }
                            continue;
                        }
                    }

                    var result = CallFromStack(ts, callable, s, argStart, nargs, kwnames);
                    if (result is null) goto error;
                    // The callable and arguments above the result are dead: drop them now rather
                    // than when the slots are next reused.
                    s.AsSpan(fnIdx + 1, sp - fnIdx - (kwnames is null ? 1 : 0)).Clear();
                    sp = fnIdx;
                    SetResult(ref s[sp], result);
                    sp++;
                    continue;
                }

                case OpCode.CallEx:
                {
                    f.Ip = ip;
                    PyDict? kwargs = (arg & 1) != 0 ? (PyDict)s[--sp].Obj! : null;
                    var argsObj = s[--sp].Box(interp);
                    var callable = s[--sp].Box(interp);
                    sp--; // NULL
                    var posArgs = argsObj as PyTuple ?? Ops.ToTuple(ts, argsObj);
                    if (posArgs is null)
                    {
                        if (Ops.IsError(ts, ExceptionKind.TypeError) && argsObj.Type.Slots.Iter is null && argsObj.Type.Slots.GetItem is null)
                        {
                            ts.CurrentException = null;
                            ts.Raise(ExceptionKind.TypeError, $"{Ops.VmCalleeName(ts, callable)} argument after * must be an iterable, not {argsObj.Type.Name}");
                        }
                        goto error;
                    }
                    PyObject? result;
                    if (kwargs is null || kwargs.Count == 0) result = Ops.Call(ts, callable, posArgs.Items);
                    else result = CallWithKeywordDict(ts, callable, posArgs, kwargs);
                    if (result is null) goto error;
                    // callable, args and kwargs above the result are dead now
                    s.AsSpan(sp + 1, 2 + (arg & 1)).Clear();
                    SetResult(ref s[sp], result);
                    sp++;
                    continue;
                }

                case OpCode.MakeFunction:
                {
                    var fcode = (PyCode)s[--sp].Obj!;
                    PyCell[]? closure = null;
                    if ((arg & 8) != 0)
                    {
                        var cells = (PyTuple)s[--sp].Obj!;
                        closure = new PyCell[cells.Count];
                        for (int i = 0; i < closure.Length; i++) closure[i] = (PyCell)cells[i];
                    }
                    PyDict? annotations = (arg & 4) != 0 ? (PyDict)s[--sp].Obj! : null;
                    PyDict? kwdefaults = (arg & 2) != 0 ? (PyDict)s[--sp].Obj! : null;
                    PyTuple? defaults = (arg & 1) != 0 ? (PyTuple)s[--sp].Obj! : null;
                    var func = Eval.NewFunction(ts, fcode, f.Globals, fcode.QualName, closure);
                    func.Defaults = defaults;
                    func.KwDefaults = kwdefaults;
                    func.Annotations = annotations;
                    s[sp++].Obj = func;
                    continue;
                }

                case OpCode.ReturnConst:
                    s[sp].Obj = consts[arg];
                    sp++;
                    goto case OpCode.ReturnValue;

                case OpCode.ReturnValue:
                {
                    // The frame that created an object with __del__ ends: its temporaries die now.
                    if (ReferenceEquals(f, te.FinalizerFrame))
                    {
                        te.FinalizerFrame = null;
                        interp.Finalizers!.RequestCollectionAtReturn(ts);
                    }
                    if (f == entry)
                    {
                        var boxed = s[sp - 1].Box(interp);
                        f.Sp = sp - 1;
                        Eval.PopFrame(te, f);
                        return boxed;
                    }
                    var caller = f.Back!;
                    if (f.Generator is { } endedGen)
                    {
                        // A generator run by a FOR_ITER of this loop ended: the loop is over
                        // (the return value only matters to yield from / next()).
                        f.Sp = sp - 1;
                        FinishInlineGenerator(ts, endedGen);
                        if (interp.TraceEpoch == Tracing.Active) Tracing.OnGeneratorStop(ts, te, caller, s[sp - 1].Box(interp));
                        Eval.PopFrame(te, f);
                        f = caller;
                        co = f.Code;
                        code = co.Code;
                        consts = co.Consts;
                        s = f.Stack;
                        lb = f.Base;
                        sp = f.Sp - 1;
                        pc = code[f.Ip] >> Instr.ArgShift;
                        // A tracer that failed on the loop's StopIteration: its error goes on here.
                        if (ts.CurrentException is not null) { ip = f.Ip; goto error; }
                        continue;
                    }
                    // The result goes straight into the caller's slot (outside the callee's
                    // region, which PopFrame clears): a C# local holding it would keep it
                    // reachable for as long as this loop runs.
                    Value.Copy(ref caller.Stack[caller.Sp], s[sp - 1]);
                    Eval.PopFrame(te, f);
                    f = caller;
                    co = f.Code;
                    code = co.Code;
                    consts = co.Consts;
                    s = f.Stack;
                    lb = f.Base;
                    sp = f.Sp;
                    pc = f.Pc;
                    s[sp + 1].Obj = null; // the callee (or self), dead now
                    sp++;
                    continue;
                }

                // ------------------------------------------------ generators

                case OpCode.YieldValue:
                {
                    // A generator entered from C# (PyGenerator.Resume) leaves the loop; one that
                    // a FOR_ITER of this loop resumed hands the value to that loop's frame.
                    var yielded = s[--sp];
                    s[sp].Obj = null;   // the suspended frame must not keep the value reachable
                    f.Sp = sp;
                    f.Pc = pc;
                    f.Ip = ip;
                    f.Yielded = true;
                    // Suspended inside a try/with: if it is dropped, its finally must still run.
                    if (co.ExceptionTable.Length != 0 && f.Generator is { DropWatched: false } && co.FindHandler(ip) >= 0)
                        FinalizerQueue.WatchGenerator(ts, f);
                    te.Current = f.Back;
                    te.Depth--;
                    if (f.IsEntry || f == entry) return yielded.Box(interp);
                    var gen = f.Generator!;
                    gen.ExcState = ts.HandledException;
                    ts.HandledException = gen.ResumerExcState;
                    gen.ResumerExcState = null;
                    gen.Running = false;
                    f = f.Back!;
                    co = f.Code;
                    code = co.Code;
                    consts = co.Consts;
                    s = f.Stack;
                    lb = f.Base;
                    sp = f.Sp;
                    pc = f.Pc;
                    Value.Copy(ref s[sp], yielded);
                    sp++;
                    continue;
                }

                case OpCode.GetYieldFromIter:
                {
                    f.Ip = ip;
                    var o = s[sp - 1].Box(interp);
                    if (o is PyGenerator g && ReferenceEquals(g.Type, interp.Types.Coroutine))
                    {
                        if ((co.Flags & (PyCode.Coroutine | PyCode.IterableCoroutine)) == 0)
                        {
                            ts.Raise(ExceptionKind.TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
                            goto error;
                        }
                        continue;
                    }
                    if (o is PyGenerator) continue;
                    var it = Ops.GetIter(ts, o);
                    if (it is null) goto error;
                    s[sp - 1].Obj = it;
                    continue;
                }

                case OpCode.GetAwaitable:
                {
                    f.Ip = ip;
                    var aw = Generators.GetAwaitable(ts, s[sp - 1].Box(interp));
                    if (aw is null) goto error;
                    s[sp - 1].Obj = aw;
                    continue;
                }

                case OpCode.Send:
                {
                    f.Ip = ip;
                    var receiver = (PyObject)s[sp - 2].Obj!;
                    var value = s[sp - 1].Box(interp);
                    int status = Generators.Send(ts, receiver, value, out var result);
                    if (status < 0) goto error;
                    if (status == 0)
                    {
                        // The sub-iterator finished: its return value replaces it.
                        sp--;
                        SetResult(ref s[sp - 1], result!);
                        s[sp].Obj = null;
                        // A tracer sees the StopIteration that ended a delegated-to generator.
                        if (interp.TraceEpoch == Tracing.Active && receiver is PyGenerator && !Tracing.OnGeneratorStop(ts, te, f, result!)) goto error;
                        result = null; // an out-local lives as long as the loop: drop the reference
                        pc = arg;
                        continue;
                    }
                    f.YieldFrom = receiver;
                    s[sp - 1].Obj = result;
                    result = null;
                    continue;
                }

                case OpCode.GetAIter:
                {
                    f.Ip = ip;
                    var ai = Generators.GetAIter(ts, s[sp - 1].Box(interp));
                    if (ai is null) goto error;
                    s[sp - 1].Obj = ai;
                    continue;
                }

                case OpCode.GetANext:
                {
                    f.Ip = ip;
                    var an = Generators.GetANext(ts, (PyObject)s[sp - 1].Obj!);
                    if (an is null) goto error;
                    s[sp++].Obj = an;
                    continue;
                }

                case OpCode.EndAsyncFor:
                {
                    // [aiter, exc]: StopAsyncIteration ends the loop normally.
                    var e = (PyBaseException)s[sp - 1].Obj!;
                    if (e.Type.IsSubtypeOf(interp.ExceptionType(ExceptionKind.StopAsyncIteration)))
                    {
                        sp -= 2;
                        continue;
                    }
                    sp--;
                    ts.CurrentException = e;
                    reraise = true;
                    goto error;
                }

                // ------------------------------------------------ exceptions

                case OpCode.RaiseVarargs:
                {
                    f.Ip = ip;
                    PyObject? cause = arg == 2 ? s[--sp].Box(interp) : null;
                    PyObject? ex = arg >= 1 ? s[--sp].Box(interp) : null;
                    if (DoRaise(ts, ex, cause)) reraise = true;
                    goto error;
                }

                case OpCode.Reraise:
                {
                    ts.CurrentException = (PyBaseException)s[--sp].Obj!;
                    reraise = true;
                    goto error;
                }

                case OpCode.PushExcInfo:
                {
                    var e = s[sp - 1];
                    s[sp - 1].Obj = (PyObject?)ts.HandledException ?? none;
                    s[sp++] = e;
                    ts.HandledException = (PyBaseException)e.Obj!;
                    continue;
                }

                case OpCode.PopExcept:
                {
                    var prev = s[--sp].Obj;
                    ts.HandledException = prev as PyBaseException;
                    continue;
                }

                case OpCode.PopExceptReraise:
                {
                    var e = (PyBaseException)s[--sp].Obj!;
                    // An exception escaping the cleanup of a termination does not replace it.
                    if (ts.HandledException is PyTermination unwinding && e is not PyTermination)
                        e = HostControls.KeepTermination(ts, unwinding, e);
                    ts.HandledException = s[--sp].Obj as PyBaseException;
                    ts.CurrentException = e;
                    reraise = true;
                    goto error;
                }

                case OpCode.CheckExcMatch:
                {
                    f.Ip = ip;
                    var spec = s[sp - 1].Box(interp);
                    var e = (PyObject)s[sp - 2].Obj!;
                    int r;
                    if (e is PyTermination) r = 0;
                    else if (ReferenceEquals(spec, none)) r = 1;
                    else
                    {
                        r = Ops.VmExceptionMatches(ts, e, spec);
                        if (r < 0) goto error;
                    }
                    s[sp - 1].Obj = r == 1 ? trueObj : falseObj;
                    continue;
                }

                case OpCode.CheckEgMatch:
                {
                    f.Ip = ip;
                    var spec = s[sp - 1].Box(interp);
                    var e = (PyObject)s[sp - 2].Obj!;
                    PyObject? match, rest;
                    if (e is PyTermination) { match = null; rest = e; }   // no except* takes a termination
                    else if (!ExceptionGroups.Split(ts, e, spec, out match, out rest)) goto error;
                    s[sp - 2].Obj = rest ?? (PyObject)none;
                    s[sp - 1].Obj = match ?? (PyObject)none;
                    if (match is not null) ts.HandledException = match as PyBaseException;
                    continue;
                }

                case OpCode.LoadAssertionError:
                    s[sp++].Obj = interp.ExceptionType(ExceptionKind.AssertionError);
                    continue;

                // ------------------------------------------------ with

                case OpCode.BeforeWith:
                case OpCode.BeforeAsyncWith:
                {
                    f.Ip = ip;
                    bool isAsync = (OpCode)(code[ip] & 0xFF) == OpCode.BeforeAsyncWith;
                    var mgr = s[sp - 1].Box(interp);
                    var es = ExecutionState.Of(interp);
                    var enterName = isAsync ? es.AEnterName : es.EnterName;
                    var exitName = isAsync ? es.AExitName : es.ExitName;
                    var enter = LookupSpecial(ts, mgr, enterName);
                    if (enter is null)
                    {
                        if (ts.CurrentException is null)
                            ts.Raise(ExceptionKind.TypeError, isAsync
                                ? $"'{mgr.Type.Name}' object does not support the asynchronous context manager protocol"
                                : $"'{mgr.Type.Name}' object does not support the context manager protocol");
                        goto error;
                    }
                    var exit = LookupSpecial(ts, mgr, exitName);
                    if (exit is null)
                    {
                        if (ts.CurrentException is null)
                            ts.Raise(ExceptionKind.TypeError, isAsync
                                ? $"'{mgr.Type.Name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)"
                                : $"'{mgr.Type.Name}' object does not support the context manager protocol (missed __exit__ method)");
                        goto error;
                    }
                    var entered = Ops.Call(ts, enter);
                    if (entered is null) goto error;
                    s[sp - 1].Obj = exit;
                    SetResult(ref s[sp], entered);
                    sp++;
                    continue;
                }

                case OpCode.WithExceptStart:
                {
                    // [exit, prev, exc] -> [exit, prev, exc, exit(type, exc, tb)]
                    f.Ip = ip;
                    var e = (PyBaseException)s[sp - 1].Obj!;
                    var exit = (PyObject)s[sp - 3].Obj!;
                    var r = Ops.Call(ts, exit, [e.Type, e, e.Traceback ?? none]);
                    if (r is null) goto error;
                    if (e is PyTermination) r = falseObj;
                    s[sp++].Obj = r;
                    continue;
                }

                // ------------------------------------------------ classes, modules

                case OpCode.LoadBuildClass:
                {
                    f.Ip = ip;
                    var bc = f.Builtins.GetStr(interp.Str("__build_class__"));
                    if (bc is null) { ts.Raise(ExceptionKind.NameError, "__build_class__ not found"); goto error; }
                    s[sp++].Obj = bc;
                    continue;
                }

                case OpCode.SetupAnnotations:
                {
                    f.Ip = ip;
                    var es = ExecutionState.Of(interp);
                    if (f.Locals is PyDict d)
                    {
                        if (d.GetStr(es.AnnotationsName) is null) d.SetStr(es.AnnotationsName, interp.NewDict());
                    }
                    else if (f.Locals is not null)
                    {
                        var existing = Ops.GetItem(ts, f.Locals, es.AnnotationsName);
                        if (existing is null)
                        {
                            if (!Ops.IsError(ts, ExceptionKind.KeyError)) goto error;
                            ts.CurrentException = null;
                            if (!Ops.SetItem(ts, f.Locals, es.AnnotationsName, interp.NewDict())) goto error;
                        }
                    }
                    continue;
                }

                case OpCode.StoreAnnotation:
                {
                    f.Ip = ip;
                    var value = s[--sp].Box(interp);
                    var es = ExecutionState.Of(interp);
                    PyObject? ann = f.Locals is PyDict d ? d.GetStr(es.AnnotationsName) : f.Locals is not null ? Ops.GetItem(ts, f.Locals, es.AnnotationsName) : null;
                    if (ann is null)
                    {
                        if (ts.CurrentException is null) ts.Raise(ExceptionKind.NameError, "__annotations__ not found");
                        goto error;
                    }
                    if (!Ops.SetItem(ts, ann, co.Names[arg], value)) goto error;
                    continue;
                }

                case OpCode.LoadFromDictOrGlobals:
                {
                    var mapping = s[sp - 1].Box(interp);
                    if (ReferenceEquals(mapping, f.Globals))
                    {
                        // Plain module code: a global lookup, cached as LoadGlobal's.
                        ref var cache = ref (co.Caches ??= new InlineCache[code.Length])[ip];
                        if (ReferenceEquals(cache.Key, f.Globals) && cache.Version == f.Globals.Version
                            && ReferenceEquals(cache.Key2, f.Builtins) && cache.Version2 == f.Builtins.Version)
                        {
                            s[sp - 1].Obj = Unsafe.As<PyObject>(cache.Value!);
                            continue;
                        }
                        if ((f.Globals.GetStr(co.Names[arg]) ?? f.Builtins.GetStr(co.Names[arg])) is { } found)
                        {
                            cache.Key = f.Globals;
                            cache.Version = f.Globals.Version;
                            cache.Key2 = f.Builtins;
                            cache.Version2 = f.Builtins.Version;
                            cache.Value = found;
                            s[sp - 1].Obj = found;
                            continue;
                        }
                    }
                    f.Ip = ip;
                    var v = LoadFromDictOrGlobals(ts, f, mapping, co.Names[arg]);
                    if (v is null) goto error;
                    s[sp - 1].Obj = v;
                    continue;
                }

                case OpCode.LoadLocals:
                    s[sp++].Obj = f.Locals ?? Eval.LocalsSnapshot(ts, f);
                    continue;

                case OpCode.ImportName:
                {
                    f.Ip = ip;
                    var fromlist = s[--sp].Box(interp);
                    var level = s[sp - 1].Box(interp);
                    var m = Imports.ImportName(ts, f, co.Names[arg], fromlist, level);
                    if (m is null) goto error;
                    s[sp - 1].Obj = m;
                    continue;
                }

                case OpCode.ImportFrom:
                {
                    f.Ip = ip;
                    var m = Imports.ImportFrom(ts, s[sp - 1].Box(interp), co.Names[arg]);
                    if (m is null) goto error;
                    SetResult(ref s[sp], m);
                    sp++;
                    continue;
                }

                case OpCode.ImportStar:
                {
                    f.Ip = ip;
                    var m = s[--sp].Box(interp);
                    if (!Imports.ImportStar(ts, f, m)) goto error;
                    continue;
                }

                // ------------------------------------------------ pattern matching

                case OpCode.GetLen:
                {
                    f.Ip = ip;
                    long n = Ops.Length(ts, s[sp - 1].Box(interp));
                    if (n < 0) goto error;
                    s[sp].Obj = null;
                    s[sp].Bits = n;
                    sp++;
                    continue;
                }

                case OpCode.MatchSequence:
                    s[sp].Obj = Patterns.IsSequence(ts, s[sp - 1].Box(interp)) ? trueObj : falseObj;
                    sp++;
                    continue;

                case OpCode.MatchMapping:
                    s[sp].Obj = Patterns.IsMapping(ts, s[sp - 1].Box(interp)) ? trueObj : falseObj;
                    sp++;
                    continue;

                case OpCode.MatchKeys:
                {
                    f.Ip = ip;
                    var r = Patterns.MatchKeys(ts, s[sp - 2].Box(interp), (PyTuple)s[sp - 1].Obj!);
                    if (r is null) goto error;
                    s[sp++].Obj = r;
                    continue;
                }

                case OpCode.CopyDictWithoutKeys:
                {
                    f.Ip = ip;
                    var r = Patterns.CopyWithoutKeys(ts, s[sp - 2].Box(interp), (PyTuple)s[sp - 1].Obj!);
                    if (r is null) goto error;
                    s[sp - 1].Obj = r;
                    continue;
                }

                case OpCode.MatchClass:
                {
                    f.Ip = ip;
                    var names = (PyTuple)s[--sp].Obj!;
                    var cls = s[--sp].Box(interp);
                    var subject = s[sp - 1].Box(interp);
                    var r = Patterns.MatchClass(ts, subject, cls, arg, names);
                    if (r is null && ts.CurrentException is not null) goto error;
                    s[sp - 1].Obj = r ?? none;
                    continue;
                }

                case OpCode.CallIntrinsic:
                {
                    f.Ip = ip;
                    // sp goes by value: a local whose address is taken cannot live in a register.
                    int newSp = Intrinsic(ts, f, (IntrinsicKind)arg, s, sp);
                    if (newSp < 0) goto error;
                    sp = newSp;
                    continue;
                }

                case OpCode.Traced:
                    // Tracing's hook (in place of the opcode while someone traces): it reports,
                    // then leaves the frame where it goes on (the original instruction, put back
                    // for one run, or where the tracer or a profiled call moved it).
                    f.Ip = ip;
                    f.Sp = sp;
                    if (!Tracing.OnInstruction(ts, te, f)) goto error;
                    sp = f.Sp;
                    pc = f.Pc;
                    continue;

                default:
                    f.Ip = ip;
                    // Read again rather than kept: a word live past the switch was spilled and reloaded on
                    // every dispatch.
                    ts.Raise(ExceptionKind.SystemError, $"unknown opcode {(OpCode)(code[ip] & 0xFF)}");
                    goto error;
            }
        }

    error:
        {
                // ---- exception unwinding ----
                f.Ip = ip;
                var e = ts.CurrentException;
                if (e is null)
                {
                    e = interp.NewException(ExceptionKind.SystemError, "error return without exception set");
                    ts.CurrentException = e;
                }
                if (!reraise)
                {
                    if (ts.HandledException is { } handled && e.Context is null && !ReferenceEquals(handled, e))
                        SetContext(e, handled);
                    AddTraceback(ts, e, f, f.Ip);
                    if (interp.TraceEpoch == Tracing.Active) e = Tracing.OnRaise(ts, te, f, e);
                }
                reraise = false;
                while (true)
                {
                    int h = f.Code.FindHandler(f.Ip);
                    if (h >= 0)
                    {
                        var entryRow = f.Code.ExceptionTable[h];
                        ts.CurrentException = null;
                        co = f.Code;
                        code = co.Code;
                        consts = co.Consts;
                        s = f.Stack;
                        lb = f.Base;
                        sp = lb + co.LocalsPlus + entryRow.Depth;
                        s[sp++].Obj = e;
                        pc = entryRow.Handler;
                        break;
                    }
                    // No handler here: the frame ends with the exception.
                    if (interp.TraceEpoch == Tracing.Active) e = Tracing.OnUnwind(ts, te, f, e);
                    if (f.Generator is not null) f.Generator.Finished = true;
                    if (f.Code.IsInlinedComprehension) ts.TracebackMergeInto = f.Back;
                    if (f == entry)
                    {
                        Eval.PopFrame(te, f);
                        return null;
                    }
                    var caller = f.Back!;
                    if (f.Generator is { } failedGen)
                    {
                        // A generator run by a FOR_ITER of this loop failed: the error goes on in
                        // the loop's frame, as if next() had raised it there.
                        FinishInlineGenerator(ts, failedGen);
                        Generators.ReplaceEscapingStopIteration(ts, failedGen);
                        e = ts.CurrentException!;
                        // What the loop's frame was handling becomes the context, as when next()
                        // raises there.
                        if (ts.HandledException is { } outer && e.Context is null && !ReferenceEquals(outer, e))
                            SetContext(e, outer);
                    }
                    Eval.PopFrame(te, f);
                    f = caller;
                    AddTraceback(ts, e, f, f.Ip);
                    if (interp.TraceEpoch == Tracing.Active) e = Tracing.OnRaise(ts, te, f, e);
                }
        }
        goto dispatch;
    }

    // ================================================================ helpers

    /// <summary>CALL_FUNCTION_EX with a non-empty keyword dict. Kept out of the loop: its
    /// out-locals would otherwise keep the last keyword value reachable while the loop runs.</summary>
    static PyObject? CallWithKeywordDict(ThreadState ts, PyObject callable, PyTuple posArgs, PyDict kwargs)
    {
        var all = new PyObject[posArgs.Count + kwargs.Count];
        posArgs.Items.CopyTo(all, 0);
        var names = new PyObject[kwargs.Count];
        int pos = 0, k = 0;
        while (kwargs.Next(ref pos, out var key, out var value))
        {
            if (key is not PyStr)
                return ts.Raise(ExceptionKind.TypeError, "keywords must be strings");
            names[k] = key;
            all[posArgs.Count + k] = value;
            k++;
        }
        return Ops.Call(ts, callable, all, ts.Interpreter.Tuple(names));
    }

    /// <summary>BINARY_SUBSCR on an exact dict: the table lookup; a miss goes the general way,
    /// which raises the KeyError. Null with the exception set on failure.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    static PyObject? ExactDictGetItem(ThreadState ts, PyDict dict, PyObject key)
    {
        if (!dict.TryGetItem(ts, key, out var value)) return null;
        return value ?? Ops.GetItem(ts, dict, key);
    }

    /// <summary>CALL of anything but a plain Python function: the arguments boxed from the value
    /// stack into a buffer on the C# stack (an array only past eight). Kept out of the dispatch
    /// loop: its buffer and spans were temporaries of every Execute frame, zeroed on each entry.</summary>
    static PyObject? CallFromStack(ThreadState ts, PyObject callable, Value[] s, int argStart, int nargs, PyTuple? kwnames)
    {
        var interp = ts.Interpreter;
        if (nargs > 8)
        {
            var argsArr = new PyObject[nargs];
            for (int i = 0; i < nargs; i++) argsArr[i] = s[argStart + i].Box(interp);
            return Ops.Call(ts, callable, argsArr, kwnames);
        }
        var buffer = new ArgBuffer8();
        Span<PyObject> span = buffer;
        for (int i = 0; i < nargs; i++) span[i] = s[argStart + i].Box(interp);
        if (kwnames is null && callable.GetType() == typeof(PyMethodDescriptor) && nargs >= 1)
        {
            var md = Unsafe.As<PyMethodDescriptor>(callable);
            if (span[0].Type.IsSubtypeOf(md.ObjectType))
            {
                var result = md.Function(ts, span[0], span[1..nargs], null);
                if (result is null && ts.CurrentException is null)
                    ts.Raise(ExceptionKind.SystemError, $"{md.Name} returned NULL without setting an exception");
                return result;
            }
        }
        return Ops.Call(ts, callable, span[..nargs], kwnames);
    }

    /// <summary>Pushes a frame for a Python function whose arguments need general binding
    /// (keywords, defaults, *args, **kwargs) and makes it current.</summary>
    static bool PushBoundFrame(ThreadState ts, ThreadExecution te, FrameRecord caller, PyFunction func, Value[] s,
                               int argStart, int nargs, PyTuple? kwnames, int fnIdx, int pc)
    {
        var interp = ts.Interpreter;
        var args = new PyObject[nargs];
        for (int i = 0; i < nargs; i++) args[i] = s[argStart + i].Box(interp);
        // The callee's frame goes above this one: the callable and arguments left here are dead.
        s.AsSpan(fnIdx + 1, argStart + nargs - fnIdx - 1 + (kwnames is null ? 0 : 1)).Clear();
        caller.Sp = fnIdx;
        caller.Pc = pc;
        var code = func.Code;
        var nf = Eval.PushFrame(ts, te, code, func, func.Globals, func.Builtins, null, code.FrameSize);
        if (nf is null) return false;
        nf.IsEntry = false;
        if (!CallBinder.Bind(ts, func, nf.Stack, nf.Base, args, kwnames))
        {
            Eval.PopFrame(te, nf);
            return false;
        }
        Eval.InitCells(ts, nf, func);
        return true;
    }

    /// <summary>FOR_ITER may run <paramref name="gen"/> inside the current dispatch loop: a plain
    /// generator (not a coroutine or async generator), suspended, not delegating, and the call
    /// depth allows one more frame (otherwise the general path raises as it should).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool CanResumeInline(ThreadExecution te, Interpreter interp, PyGenerator gen) =>
        !gen.Running && !gen.Finished && ReferenceEquals(gen.Type, interp.Types.Generator)
        && gen.Frame.YieldFrom is null && te.Depth < interp.RecursionLimit;

    /// <summary>A generator run inline by FOR_ITER ended (returned or raised): it is finished and
    /// the loop's frame gets its handled exception back.</summary>
    static void FinishInlineGenerator(ThreadState ts, PyGenerator gen)
    {
        gen.Finished = true;
        gen.Running = false;
        gen.Frame.YieldFrom = null;
        gen.ExcState = ts.HandledException;
        ts.HandledException = gen.ResumerExcState;
        gen.ResumerExcState = null;
    }

    /// <summary>Stores a reference only when it differs: a compare is cheaper than the GC write
    /// barrier that every reference store into a heap object costs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void SetIfChanged<T>(ref T field, T value) where T : class?
    {
        if (!ReferenceEquals(field, value)) field = value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void SetResult(ref Value dst, PyObject o)
    {
        if (o.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(o).IsSmall) { dst.Obj = null; dst.Bits = Unsafe.As<PyInt>(o).Small; }
        else dst.Obj = o;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static int IsTrue(ThreadState ts, in Value v, Interpreter interp)
    {
        if (v.Obj is null) return v.Bits != 0 ? 1 : 0;
        if (ReferenceEquals(v.Obj, Value.FloatMarker)) return v.Float != 0 ? 1 : 0;
        return Ops.IsTrue(ts, (PyObject)v.Obj);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool CompareLongs(long a, long b, CompareOp op) => op switch
    {
        CompareOp.Lt => a < b,
        CompareOp.Le => a <= b,
        CompareOp.Eq => a == b,
        CompareOp.Ne => a != b,
        CompareOp.Gt => a > b,
        _ => a >= b,
    };

    /// <summary>A comparison with a float operand (unboxed or an exact float object) and a float or
    /// an int small enough to convert exactly (Python compares int and float exactly); false
    /// leaves it to the rich comparison.</summary>
    static bool TryFloatCompare(in Value a, in Value b, CompareOp op, out bool result)
    {
        if (!FloatOperand(a, out double x) || !FloatOperand(b, out double y)) { result = false; return false; }
        result = op switch
        {
            CompareOp.Lt => x < y,
            CompareOp.Le => x <= y,
            CompareOp.Eq => x == y,
            CompareOp.Ne => x != y,
            CompareOp.Gt => x > y,
            _ => x >= y,
        };
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool FloatOperand(in Value v, out double d)
    {
        object? o = v.Obj;
        if (ReferenceEquals(o, Value.FloatMarker)) { d = BitConverter.Int64BitsToDouble(v.Bits); return true; }
        if (o is null) { d = v.Bits; return FitsDoubleMantissa(v.Bits); }
        if (o.GetType() == typeof(PyFloat)) { d = Unsafe.As<PyFloat>(o).Value; return true; }
        d = 0;
        return false;
    }

    static int CompareSlow(ThreadState ts, in Value a, in Value b, CompareOp op)
    {
        var interp = ts.Interpreter;
        var r = Ops.RichCompare(ts, a.Box(interp), b.Box(interp), op);
        if (r is null) return -1;
        if (ReferenceEquals(r, interp.True)) return 1;
        if (ReferenceEquals(r, interp.False)) return 0;
        return Ops.IsTrue(ts, r);
    }

    /// <summary>Small-int arithmetic with overflow checks (no Math.BigMul: sign tricks for add/sub,
    /// an int32-range pre-check for mul). False means "take the general path".</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool TryIntBinary(BinaryOpKind op, long a, long b, out long r)
    {
        switch (op)
        {
            case BinaryOpKind.Add:
            case BinaryOpKind.InplaceAdd:
                r = a + b;
                return ((a ^ r) & (b ^ r)) >= 0;
            case BinaryOpKind.Subtract:
            case BinaryOpKind.InplaceSubtract:
                r = a - b;
                return ((a ^ b) & (a ^ r)) >= 0;
            case BinaryOpKind.Multiply:
            case BinaryOpKind.InplaceMultiply:
                if (a == (int)a && b == (int)b) { r = a * b; return true; }
                r = 0;
                return false;
            case BinaryOpKind.FloorDivide:
            case BinaryOpKind.InplaceFloorDivide:
                if (b == 0 || (a == long.MinValue && b == -1)) { r = 0; return false; }
                r = a / b;
                if ((a % b != 0) && ((a < 0) != (b < 0))) r--;
                return true;
            case BinaryOpKind.Remainder:
            case BinaryOpKind.InplaceRemainder:
                if (b == 0 || b == -1) { r = 0; return b == -1; }
                r = a % b;
                if (r != 0 && ((r < 0) != (b < 0))) r += b;
                return true;
            case BinaryOpKind.And:
            case BinaryOpKind.InplaceAnd:
                r = a & b;
                return true;
            case BinaryOpKind.Or:
            case BinaryOpKind.InplaceOr:
                r = a | b;
                return true;
            case BinaryOpKind.Xor:
            case BinaryOpKind.InplaceXor:
                r = a ^ b;
                return true;
            case BinaryOpKind.LShift:
            case BinaryOpKind.InplaceLShift:
                if (b >= 0 && b < 63 && a >= -(1L << (62 - (int)b)) && a < (1L << (62 - (int)b))) { r = a << (int)b; return true; }
                r = 0;
                return false;
            case BinaryOpKind.RShift:
            case BinaryOpKind.InplaceRShift:
                if (b < 0) { r = 0; return false; }
                r = b >= 63 ? (a < 0 ? -1 : 0) : a >> (int)b;
                return true;
            default:
                r = 0;
                return false;
        }
    }

    static PyObject? BinarySlow(ThreadState ts, in Value a, in Value b, BinaryOpKind op)
    {
        var interp = ts.Interpreter;
        // Two unboxed ints that overflowed: BigInteger arithmetic (the int slots also handle it).
        if (a.Obj is null && b.Obj is null)
        {
            switch (op)
            {
                case BinaryOpKind.Add or BinaryOpKind.InplaceAdd: return interp.Int((BigInteger)a.Bits + b.Bits);
                case BinaryOpKind.Subtract or BinaryOpKind.InplaceSubtract: return interp.Int((BigInteger)a.Bits - b.Bits);
                case BinaryOpKind.Multiply or BinaryOpKind.InplaceMultiply: return interp.Int((BigInteger)a.Bits * b.Bits);
            }
        }
        var left = a.Box(interp);
        var right = b.Box(interp);
        // str + str, the other common non-int case.
        if ((op == BinaryOpKind.Add || op == BinaryOpKind.InplaceAdd) && left.GetType() == typeof(PyStr) && right.GetType() == typeof(PyStr))
            return PyStr.Concat(interp, (PyStr)left, (PyStr)right);
        return Ops.BinaryOp(ts, left, right, op);
    }

    /// <summary>+ - * / with a float operand (unboxed, or an exact float object) and a float or
    /// unboxed int, and int / int when both fit a double's mantissa: the result is stored unboxed
    /// into <paramref name="a"/> (no allocation). False leaves the operation, and its error cases
    /// (division by zero), to <see cref="BinarySlow"/>. An exact float object's type is always
    /// float, so the unboxed result has the right type.</summary>
    // Not inlined: Execute is at RyuJIT's inlining budget (past it, small helpers such as
    // SetIfChanged stop being inlined on the call path).
    [MethodImpl(MethodImplOptions.NoInlining)]
    static bool TryFloatArithmetic(ref Value a, in Value b, BinaryOpKind op)
    {
        object? ao = a.Obj, bo = b.Obj;
        double x, y;
        if (ReferenceEquals(ao, Value.FloatMarker)) x = BitConverter.Int64BitsToDouble(a.Bits);
        else if (ao is null)
        {
            if (bo is null) return TryIntTrueDivide(ref a, b.Bits, op);
            x = a.Bits;
        }
        else if (ao.GetType() == typeof(PyFloat)) x = Unsafe.As<PyFloat>(ao).Value;
        else return false;
        if (ReferenceEquals(bo, Value.FloatMarker)) y = BitConverter.Int64BitsToDouble(b.Bits);
        else if (bo is null) y = b.Bits;
        else if (bo.GetType() == typeof(PyFloat)) y = Unsafe.As<PyFloat>(bo).Value;
        else return false;
        double r;
        switch (op)
        {
            case BinaryOpKind.Add: case BinaryOpKind.InplaceAdd: r = x + y; break;
            case BinaryOpKind.Subtract: case BinaryOpKind.InplaceSubtract: r = x - y; break;
            case BinaryOpKind.Multiply: case BinaryOpKind.InplaceMultiply: r = x * y; break;
            case BinaryOpKind.TrueDivide: case BinaryOpKind.InplaceTrueDivide:
                if (y == 0) return false;
                r = x / y;
                break;
            default: return false;
        }
        Value.SetFloat(ref a, r);
        return true;
    }

    static bool FitsDoubleMantissa(long v) => v >= -(1L << 53) && v <= (1L << 53);

    /// <summary>int / int, exact when both fit in a double's mantissa.</summary>
    static bool TryIntTrueDivide(ref Value a, long b, BinaryOpKind op)
    {
        if ((op != BinaryOpKind.TrueDivide && op != BinaryOpKind.InplaceTrueDivide) || b == 0
            || !FitsDoubleMantissa(a.Bits) || !FitsDoubleMantissa(b))
            return false;
        Value.SetFloat(ref a, (double)a.Bits / b);
        return true;
    }

    static bool ExtendList(ThreadState ts, PyList list, PyObject iterable)
    {
        if (iterable is PyTuple t) { list.AppendRange(t.Items); return true; }
        if (iterable.GetType() == typeof(PyList)) { list.AppendRange(((PyList)iterable).AsSpan().ToArray()); return true; }
        var it = Ops.GetIter(ts, iterable);
        if (it is null)
        {
            if (Ops.IsError(ts, ExceptionKind.TypeError) && iterable.Type.Slots.Iter is null && iterable.Type.Slots.GetItem is null)
            {
                ts.CurrentException = null;
                ts.Raise(ExceptionKind.TypeError, $"Value after * must be an iterable, not {iterable.Type.Name}");
            }
            return false;
        }
        while (true)
        {
            var item = Ops.Next(ts, it);
            if (item is null) return ts.CurrentException is null;
            list.Append(item);
        }
    }

    static PyObject? LoadName(ThreadState ts, FrameRecord f, PyStr name)
    {
        var locals = f.Locals;
        if (locals is PyDict d && d.GetType() == typeof(PyDict))
        {
            var v = d.GetStr(name);
            if (v is not null) return v;
        }
        else if (locals is not null)
        {
            var v = Ops.GetItem(ts, locals, name);
            if (v is not null) return v;
            if (!Ops.IsError(ts, ExceptionKind.KeyError)) return null;
            ts.CurrentException = null;
        }
        var g = f.Globals.GetStr(name) ?? f.Builtins.GetStr(name);
        if (g is not null) return g;
        ts.Raise(ExceptionKind.NameError, $"name '{name.Value}' is not defined");
        SetNameErrorName(ts, name);
        return null;
    }

    /// <summary>A name of an inlined comprehension: the enclosing code's locals mapping (when it
    /// is not simply the globals), then globals and builtins.</summary>
    static PyObject? LoadFromDictOrGlobals(ThreadState ts, FrameRecord f, PyObject mapping, PyStr name)
    {
        if (!ReferenceEquals(mapping, f.Globals))
        {
            if (mapping is PyDict d && d.GetType() == typeof(PyDict))
            {
                if (d.GetStr(name) is { } v) return v;
            }
            else
            {
                var v = Ops.GetItem(ts, mapping, name);
                if (v is not null) return v;
                if (!Ops.IsError(ts, ExceptionKind.KeyError)) return null;
                ts.CurrentException = null;
            }
        }
        var g = f.Globals.GetStr(name) ?? f.Builtins.GetStr(name);
        if (g is not null) return g;
        ts.Raise(ExceptionKind.NameError, $"name '{name.Value}' is not defined");
        SetNameErrorName(ts, name);
        return null;
    }

    static void SetNameErrorName(ThreadState ts, PyStr name)
    {
        // NameError.name is a field of the exception (its getter reads the field, not __dict__):
        // traceback's "Did you mean" suggestions start from it.
        if (ts.CurrentException is { } e) ExceptionLayouts.Fields(ts, e, ExceptionLayout.NameError)[0] = name;
    }

    static void RaiseUnboundLocal(ThreadState ts, PyCode co, int index)
    {
        ts.Raise(ExceptionKind.UnboundLocalError,
            $"cannot access local variable '{co.VarNames[index]}' where it is not associated with a value");
    }

    static void RaiseUnboundDeref(ThreadState ts, PyCode co, int slot)
    {
        int i = slot - co.NLocals;
        if (i < co.CellVars.Length)
            ts.Raise(ExceptionKind.UnboundLocalError,
                $"cannot access local variable '{co.CellVars[i]}' where it is not associated with a value");
        else
            ts.Raise(ExceptionKind.NameError,
                $"cannot access free variable '{co.FreeVars[i - co.CellVars.Length]}' where it is not associated with a value in enclosing scope");
    }

    /// <summary>Looks a special method up on the type and binds it (with/async with).</summary>
    static PyObject? LookupSpecial(ThreadState ts, PyObject obj, PyStr name)
    {
        var descr = obj.Type.LookupMro(name);
        if (descr is null) return null;
        if (descr.Type.Slots.DescrGet is { } get) return get(ts, descr, obj, obj.Type);
        return descr;
    }

    internal static void SetContext(PyBaseException e, PyBaseException context)
    {
        // Avoid creating a cycle: cut the chain where it would reach e again.
        var c = context;
        int guard = 0;
        while (c is not null && guard++ < 1000)
        {
            if (ReferenceEquals(c.Context, e)) { c.Context = null; break; }
            c = c.Context;
        }
        e.Context = context;
    }

    internal static void AddTraceback(ThreadState ts, PyBaseException e, FrameRecord f, int ip)
    {
        if (ts.TracebackMergeInto is { } merge)
        {
            // The exception comes out of an inlined comprehension (PEP 709): its entry, named
            // like this frame, stands for this frame.
            ts.TracebackMergeInto = null;
            if (ReferenceEquals(merge, f)) return;
        }
        var interp = ts.Interpreter;
        var frame = Eval.Materialize(ts, f);
        e.Traceback = new PyTraceback(interp.Types.Traceback, e.Traceback as PyTraceback, frame, ip, f.Code.LineAt(ip));
    }

    /// <summary>RAISE_VARARGS: sets the exception to raise; returns true for a bare re-raise
    /// (which keeps the traceback as it is).</summary>
    static bool DoRaise(ThreadState ts, PyObject? ex, PyObject? cause)
    {
        var interp = ts.Interpreter;
        if (ex is null)
        {
            var current = Generators.TopmostHandledException(ts);
            if (current is null)
            {
                ts.Raise(ExceptionKind.RuntimeError, "No active exception to reraise");
                return false;
            }
            ts.CurrentException = current;
            return true;
        }
        var instance = MakeException(ts, ex, "exceptions must derive from BaseException");
        if (instance is null) return false;
        if (cause is not null)
        {
            if (ReferenceEquals(cause, interp.None)) instance.Cause = null;
            else
            {
                var c = MakeException(ts, cause, "exception causes must derive from BaseException");
                if (c is null) return false;
                instance.Cause = c;
            }
            instance.SuppressContext = true;
        }
        ts.CurrentException = instance;
        return false;
    }

    /// <summary>An exception instance from a class (called with no arguments) or an instance.</summary>
    internal static PyBaseException? MakeException(ThreadState ts, PyObject ex, string message)
    {
        var baseExc = ts.Interpreter.ExceptionType(ExceptionKind.BaseException);
        if (ex is PyType t && t.IsSubtypeOf(baseExc))
        {
            var inst = Ops.Call(ts, t);
            if (inst is null) return null;
            if (inst is not PyBaseException be)
            {
                ts.Raise(ExceptionKind.TypeError, $"calling {(Ops.Repr(ts, t) is PyStr r ? r.Value : t.Name)} should have returned an instance of BaseException, not {inst.Type.Name}");
                return null;
            }
            return be;
        }
        if (ex is PyBaseException e) return e;
        ts.Raise(ExceptionKind.TypeError, message);
        return null;
    }

    /// <summary>Handles the eval breaker: yields the GIL, raises for interrupts and termination.</summary>
    static bool HandleEvalBreaker(ThreadState ts)
    {
        int flags = ts.EvalBreaker;
        if ((flags & (int)EvalBreaker.GilDropRequest) != 0)
        {
            ts.ClearBreaker(EvalBreaker.GilDropRequest);
            ts.Interpreter.Gil.Yield(ts);
        }
        if (!HostControls.Poll(ts)) return false;   // interrupt, termination, budget, hook
        if ((flags & (int)EvalBreaker.PendingCalls) != 0)
        {
            ts.ClearBreaker(EvalBreaker.PendingCalls);
            FinalizerQueue.RunPending(ts);   // __del__ and dropped generators (a forced collection if one was asked for)
            Isolated.Modules.Weakref.PendingCalls.Run(ts);   // weakref callbacks queued by the finalizer thread
            if (!Isolated.Modules.Signal.SignalState.RunPending(ts)) return false;   // Python signal handlers
            if (ts.Interpreter.IsMain && !ts.Interpreter.Runtime.PendingCalls.Run(ts)) return false;   // Py_AddPendingCall
        }
        return true;
    }

    /// <summary>CALL_INTRINSIC_1/2: the new stack pointer, or -1 with the exception set.</summary>
    static int Intrinsic(ThreadState ts, FrameRecord f, IntrinsicKind kind, Value[] s, int sp)
    {
        var interp = ts.Interpreter;
        switch (kind)
        {
            case IntrinsicKind.Print:
            {
                var v = s[sp - 1].Box(interp);
                if (Imports.DisplayHook(ts, v) is null) return -1;
                return sp;
            }
            case IntrinsicKind.AsyncGenWrap:
                s[sp - 1].Obj = new AsyncGenWrappedValue(interp.Types.Object, s[sp - 1].Box(interp));
                return sp;
            case IntrinsicKind.TypeAlias:
            {
                var valueFunc = (PyFunction)s[--sp].Obj!;
                var typeParams = s[--sp].Box(interp);
                var name = s[sp - 1].Box(interp);
                var alias = TypeAliases.Create(ts, name, typeParams, valueFunc);
                if (alias is null) return -1;
                s[sp - 1].Obj = alias;
                return sp;
            }
            case IntrinsicKind.TypeVar:
                s[sp - 1].Obj = Isolated.Modules.Typing.TypeVarType.Make(ts, (PyStr)s[sp - 1].Box(interp), null, null);
                return sp;
            case IntrinsicKind.TypeVarWithBound:
            case IntrinsicKind.TypeVarWithConstraints:
            {
                var extra = s[--sp].Box(interp);
                var name = (PyStr)s[sp - 1].Box(interp);
                s[sp].Obj = null;
                s[sp - 1].Obj = kind == IntrinsicKind.TypeVarWithBound
                    ? Isolated.Modules.Typing.TypeVarType.Make(ts, name, extra, null)
                    : Isolated.Modules.Typing.TypeVarType.Make(ts, name, null, (PyTuple)extra);
                return sp;
            }
            case IntrinsicKind.ParamSpec:
                s[sp - 1].Obj = Isolated.Modules.Typing.ParamSpecType.Make(ts, (PyStr)s[sp - 1].Box(interp));
                return sp;
            case IntrinsicKind.TypeVarTuple:
                s[sp - 1].Obj = Isolated.Modules.Typing.TypeVarTupleType.Make(ts, (PyStr)s[sp - 1].Box(interp));
                return sp;
            case IntrinsicKind.SubscriptGeneric:
            {
                // Generic[*params]: a TypeVarTuple contributes Unpack[Ts], as its star-unpacking gives.
                var parameters = (PyTuple)s[sp - 1].Box(interp);
                var items = new List<PyObject>(parameters.Count);
                foreach (var p in parameters.Items)
                {
                    if (ReferenceEquals(p.Type, interp.Types.TypeVarTuple))
                    {
                        var unpacked = IterationHelper.ToList(ts, p);
                        if (unpacked is null) return -1;
                        items.AddRange(unpacked);
                    }
                    else items.Add(p);
                }
                var generic = Ops.GetItem(ts, interp.Types.Generic, interp.Tuple([.. items]));
                if (generic is null) return -1;
                s[sp - 1].Obj = generic;
                return sp;
            }
            default:
                ts.Raise(ExceptionKind.SystemError, $"unknown intrinsic {kind}");
                return -1;
        }
    }
}
