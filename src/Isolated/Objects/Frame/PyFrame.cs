using Isolated.Execution;

namespace Isolated.Objects;

/// <summary>
/// A Python-visible frame object, created lazily for a running frame (sys._getframe, tracebacks,
/// generator gi_frame). While the frame runs it reads through to the VM's <see cref="FrameRecord"/>;
/// when the frame ends it keeps a snapshot of what Python code can still ask for.
/// </summary>
public sealed class PyFrame : PyObject
{
    FrameRecord? _live;
    public readonly PyCode Code;
    public readonly PyDict Globals;
    public readonly PyDict Builtins;
    PyObject? _locals;
    /// <summary>An ended function frame's fast locals (cells included), copied when it ended:
    /// f_locals is built from them only if asked for, so a traceback's frame costs no dict.</summary>
    Value[]? _endedLocals;
    int _line, _lastI;
    PyFrame? _back;
    bool _backResolved;

    public PyFrame(PyType type, FrameRecord live) : base(type)
    {
        _live = live;
        Code = live.Code;
        Globals = live.Globals;
        Builtins = live.Builtins;
    }

    public bool IsLive => _live is not null;

    /// <summary>The running frame's VM record (null once the frame has ended).</summary>
    internal FrameRecord? Live => _live;

    // Tracing state (sys.settrace): f_trace, f_trace_lines, f_trace_opcodes, the instruction the
    // tracer saw last (-1 when the frame was just entered or resumed), and, while a 'line' or
    // 'opcode' event is being delivered, where an f_lineno assignment sent the frame.
    public PyObject? TraceFunction;
    public bool TraceLines = true, TraceOpcodes;
    internal int TracePrevIp = -1;
    internal bool InLineEvent;
    /// <summary>'call' is being reported for a frame that has not started.</summary>
    internal bool AtEntry;
    internal int JumpTo = -1;

    public int Line => _live is { } f ? (AtEntry ? f.Code.FirstLineNo : f.Code.LineAt(f.Ip)) : _line;

    /// <summary>The instruction word executing (or last executed), for f_lasti.</summary>
    public int LastI => _live is { } f ? f.Ip : _lastI;

    /// <summary>The caller's frame object (resolved while live, kept afterwards).</summary>
    public PyFrame? Back(Runtime.ThreadState ts)
    {
        if (_live is { } f && !_backResolved)
        {
            _back = Eval.CallerOf(f) is { } caller ? Eval.Materialize(ts, caller) : null;
            _backResolved = true;
        }
        return _back;
    }

    public PyObject? Locals(Runtime.ThreadState ts)
    {
        if (_live is { } f)
        {
            if (f.Locals is { } mapping) return mapping;
            if (f.Code.IsInlinedComprehension) return Eval.ComprehensionLocals(ts, f);
            return SyncFastLocals(ts, Eval.LocalsSnapshot(ts, f));
        }
        if (_locals is null && _endedLocals is { } ended)
        {
            _endedLocals = null;
            _locals = Snapshot(ended, 0, ended.Length);
        }
        return _locals ??= ts.Interpreter.NewDict();
    }

    /// <summary>A function frame's f_locals is one dict (as in CPython 3.12), brought up to date
    /// with the variables at each access: what else was stored in it stays (bdb keeps
    /// __return__ there).</summary>
    PyDict? _fastLocals;

    PyDict SyncFastLocals(Runtime.ThreadState? ts, PyDict fresh)
    {
        if (_fastLocals is not { } d) return _fastLocals = fresh;
        var interp = Type.Owner;
        var code = Code;
        int n = code.LocalsPlus;
        for (int i = 0; i < n; i++)
        {
            string name = i < code.NLocals ? code.VarNames[i]
                : i < code.NLocals + code.CellVars.Length ? code.CellVars[i - code.NLocals]
                : code.FreeVars[i - code.NLocals - code.CellVars.Length];
            var key = interp.Intern(name);
            if (fresh.GetStr(key) is { } value) d.SetStr(key, value);
            else d.TryDelItem(ts, key, out _);
        }
        return d;
    }

    /// <summary>Called when the frame ends: keeps the line, the caller and the locals.</summary>
    public void Detach()
    {
        var f = _live;
        if (f is null) return;
        _line = f.Code.LineAt(f.Ip);
        _lastI = f.Ip;
        if (!_backResolved && Eval.CallerOf(f)?.FrameObject is { } b) { _back = b; }
        _backResolved = true;
        _locals = f.Locals;
        if (_locals is null)
        {
            int count = Math.Max(0, Math.Min(f.Code.LocalsPlus, f.Stack.Length - f.Base));
            if (_fastLocals is not null) _locals = SyncFastLocals(null, Snapshot(f.Stack, f.Base, count));
            else if (count > 0)
            {
                // Element by element: cheaper than a bulk copy for a function's few locals.
                var ended = new Value[count];
                var stack = f.Stack;
                for (int i = 0; i < count; i++) ended[i] = stack[f.Base + i];
                _endedLocals = ended;
            }
        }
        _live = null;
    }

    /// <summary>The dict of the fast locals <paramref name="count"/> values from
    /// <paramref name="start"/> hold (cells read as their contents).</summary>
    PyDict Snapshot(Value[] values, int start, int count)
    {
        var interp = Type.Owner;
        var d = interp.NewDict();
        var code = Code;
        for (int i = 0; i < count; i++)
        {
            ref var v = ref values[start + i];
            if (v.IsUnbound || v.IsNull) continue;
            string name = i < code.NLocals ? code.VarNames[i]
                : i < code.NLocals + code.CellVars.Length ? code.CellVars[i - code.NLocals]
                : code.FreeVars[i - code.NLocals - code.CellVars.Length];
            PyObject? value = i >= code.NLocals ? (v.Obj as PyCell)?.Contents : v.Box(interp);
            if (value is not null) d.SetStr(interp.Intern(name), value);
        }
        return d;
    }
}
