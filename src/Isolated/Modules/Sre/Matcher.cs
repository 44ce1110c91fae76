using System.Runtime.CompilerServices;
using Isolated.Execution;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Sre;

/// <summary>
/// The backtracking interpreter over the opcode list of re._compiler. It never recurses on the C#
/// stack: every choice point and every change to undoable state (marks, lastindex, repeat
/// counters, the current repeat) is pushed onto one explicit stack. Failing pops that stack,
/// undoing changes until it reaches a choice point, which says where to resume. Sub-matches
/// (lookarounds, atomic groups, possessive repeats) push a barrier; their SUCCESS either cuts the
/// choice points above the barrier (keeping the undo records) or unwinds to it.
/// </summary>
public sealed class Matcher
{
    enum Kind : byte
    {
        UndoMark, UndoLastIndex, UndoRepeatCount, UndoRepeatLast, UndoCurrentRepeat,
        Branch, RepeatOneGreedy, RepeatOneLazy, MaxUntilTail, MinUntilBody,
        AssertBarrier, AssertNotBarrier, AtomicBarrier, PossessiveBarrier,
    }

    struct Entry
    {
        public Kind Kind;
        public int Pc, Pos, A, B;
        public RepeatContext? Repeat;
    }

    sealed class RepeatContext
    {
        public int Count, LastPos;
        public readonly int Pc;
        public readonly RepeatContext? Previous;
        public RepeatContext(int pc, RepeatContext? previous) { Pc = pc; Previous = previous; Count = -1; LastPos = -1; }
    }

    const int BreakerInterval = 4096;

    readonly ThreadState _ts;
    readonly uint[] _code;
    // The subject, read through Ch(): UTF-16 text without surrogate pairs, bytes, or code points.
    readonly string? _chars;
    readonly byte[]? _bytes;
    readonly int[]? _codePoints;
    public readonly int End;
    public readonly int[] Marks;
    public int LastIndex;
    public int MatchStart, MatchEnd;
    public bool MatchAll, MustAdvance;

    Entry[] _stack = new Entry[64];
    int _sp;
    int _lastBarrier;
    RepeatContext? _repeat;
    int _attemptStart;
    int _steps;

    public Matcher(ThreadState ts, uint[] code, Subject subject, int end, int groups)
    {
        _ts = ts;
        _code = code;
        _chars = subject.Chars;
        _bytes = subject.Bytes;
        _codePoints = subject.CodePoints;
        End = end;
        Marks = new int[Math.Max(2, groups * 2)];
    }

    /// <summary>Tries a match starting exactly at <paramref name="pos"/>: 1 matched, 0 not, -1 error set.</summary>
    public int Match(int pos)
    {
        _attemptStart = pos;
        int pc = 0;
        if (_code[0] == SreOp.Info)
        {
            if (_code[3] != 0 && (uint)(End - pos) < _code[3]) return 0;
            pc = 1 + (int)_code[1];
        }
        return Run(pc, pos);
    }

    /// <summary>Finds the first match at or after <paramref name="pos"/>: 1, 0 or -1.</summary>
    public int Search(int pos)
    {
        bool mustAdvance = MustAdvance;
        int pc = 0;
        uint minLength = 0, infoFlags = 0;
        if (_code[0] == SreOp.Info)
        {
            infoFlags = _code[2];
            minLength = _code[3];
            pc = 1 + (int)_code[1];
        }
        int prefixChar = -1;
        if ((infoFlags & SreOp.InfoPrefix) != 0 && _code[5] > 0) prefixChar = (int)_code[7];
        bool useCharset = (infoFlags & SreOp.InfoCharset) != 0;
        int firstCharPc = FirstCharTest(pc);
        for (int p = pos; p <= End; p++)
        {
            // Only a match at the first position must advance (CPython's must_advance).
            if (mustAdvance && p > pos) { MustAdvance = false; mustAdvance = false; }
            if (minLength != 0 && (uint)(End - p) < minLength) return 0;
            if (prefixChar >= 0 && (p >= End || Ch(p) != prefixChar)) continue;
            if (useCharset && (p >= End || !InSet(5, Ch(p)))) continue;
            if (firstCharPc >= 0 && (p >= End || !MatchOne(firstCharPc, Ch(p)))) continue;
            _attemptStart = p;
            int r = Run(pc, p);
            if (r != 0) return r;
            if (mustAdvance) { MustAdvance = false; mustAdvance = false; }
        }
        return 0;
    }

    /// <summary>When every match must begin with one character that a single-character opcode
    /// tests (possibly after group marks, or as the body of a repeat of at least one), the pc of
    /// that opcode, so that Search can skip hopeless start positions without entering Run; else -1.</summary>
    int FirstCharTest(int pc)
    {
        var code = _code;
        while (code[pc] == SreOp.Mark) pc += 2;
        switch (code[pc])
        {
            case SreOp.Literal: case SreOp.NotLiteral: case SreOp.Any: case SreOp.AnyAll:
            case SreOp.LiteralIgnore: case SreOp.NotLiteralIgnore: case SreOp.LiteralUniIgnore:
            case SreOp.NotLiteralUniIgnore: case SreOp.LiteralLocIgnore: case SreOp.NotLiteralLocIgnore:
            case SreOp.In: case SreOp.InIgnore: case SreOp.InUniIgnore: case SreOp.InLocIgnore:
                return pc;
            case SreOp.RepeatOne: case SreOp.MinRepeatOne: case SreOp.PossessiveRepeatOne:
                return code[pc + 2] >= 1 ? pc + 4 : -1;
            default:
                return -1;
        }
    }

    void Push(Kind kind, int pc, int pos, int a = 0, int b = 0, RepeatContext? repeat = null)
    {
        if (_sp == _stack.Length) Array.Resize(ref _stack, _sp * 2);
        ref var e = ref _stack[_sp++];
        e.Kind = kind; e.Pc = pc; e.Pos = pos; e.A = a; e.B = b; e.Repeat = repeat;
    }

    void SetMark(int index, int pos)
    {
        Push(Kind.UndoMark, 0, 0, index, Marks[index]);
        Marks[index] = pos;
    }

    void SetLastIndex(int value)
    {
        Push(Kind.UndoLastIndex, 0, 0, LastIndex);
        LastIndex = value;
    }

    void SetCount(RepeatContext ctx, int count)
    {
        Push(Kind.UndoRepeatCount, 0, 0, ctx.Count, 0, ctx);
        ctx.Count = count;
    }

    void SetLastPos(RepeatContext ctx, int pos)
    {
        Push(Kind.UndoRepeatLast, 0, 0, ctx.LastPos, 0, ctx);
        ctx.LastPos = pos;
    }

    void SetCurrentRepeat(RepeatContext? ctx)
    {
        Push(Kind.UndoCurrentRepeat, 0, 0, 0, 0, _repeat);
        _repeat = ctx;
    }

    /// <summary>Removes the barrier at <paramref name="barrier"/> and every choice point above it,
    /// keeping the undo records so that a later failure still restores the state.</summary>
    void Cut(int barrier)
    {
        int w = barrier;
        for (int i = barrier + 1; i < _sp; i++)
            if (_stack[i].Kind <= Kind.UndoCurrentRepeat) _stack[w++] = _stack[i];
        for (int i = w; i < _sp; i++) _stack[i].Repeat = null;
        _sp = w;
    }

    /// <summary>Undoes every record above <paramref name="barrier"/> and removes it.</summary>
    void Unwind(int barrier)
    {
        while (_sp > barrier + 1) Undo(ref _stack[--_sp]);
        _sp = barrier;
    }

    void Undo(ref Entry e)
    {
        switch (e.Kind)
        {
            case Kind.UndoMark: Marks[e.A] = e.B; break;
            case Kind.UndoLastIndex: LastIndex = e.A; break;
            case Kind.UndoRepeatCount: e.Repeat!.Count = e.A; break;
            case Kind.UndoRepeatLast: e.Repeat!.LastPos = e.A; break;
            case Kind.UndoCurrentRepeat: _repeat = e.Repeat; break;
        }
        e.Repeat = null;
    }

    bool CheckBreaker()
    {
        int flags = _ts.EvalBreaker;
        if (flags == 0) return true;
        if ((flags & (int)EvalBreaker.GilDropRequest) != 0)
        {
            _ts.ClearBreaker(EvalBreaker.GilDropRequest);
            _ts.Interpreter.Gil.Yield(_ts);
        }
        return HostControls.Poll(_ts);
    }

    int Run(int pc, int pos)
    {
        Array.Fill(Marks, -1);
        LastIndex = -1;
        while (_sp > 0) _stack[--_sp].Repeat = null;
        _repeat = null;
        _lastBarrier = -1;
        var code = _code;
        int end = End;

    Next:
        if (++_steps >= BreakerInterval)
        {
            _steps = 0;
            if (!CheckBreaker()) return -1;
        }
        uint op = code[pc];
        switch (op)
        {
            case SreOp.Failure:
                goto Fail;

            case SreOp.Success:
                if (_lastBarrier < 0)
                {
                    if ((MatchAll && pos != end) || (MustAdvance && pos == _attemptStart)) goto Fail;
                    MatchStart = _attemptStart;
                    MatchEnd = pos;
                    return 1;
                }
                else
                {
                    int b = _lastBarrier;
                    var be = _stack[b];
                    _lastBarrier = be.A;
                    switch (be.Kind)
                    {
                        case Kind.AssertBarrier:
                            Cut(b);
                            pos = be.Pos;
                            pc = be.Pc + 1 + (int)code[be.Pc + 1];
                            goto Next;
                        case Kind.AssertNotBarrier:
                            Unwind(b);
                            goto Fail;
                        case Kind.AtomicBarrier:
                            Cut(b);
                            pc = be.Pc + 1 + (int)code[be.Pc + 1];
                            goto Next;
                        default: // PossessiveBarrier
                        {
                            Cut(b);
                            int rp = be.Pc;
                            int tail = rp + 1 + (int)code[rp + 1] + 1;
                            if (pos == be.Pos) { pc = tail; goto Next; }
                            int count = be.B + 1;
                            if ((uint)count < code[rp + 3])
                            {
                                Push(Kind.PossessiveBarrier, rp, pos, _lastBarrier, count);
                                _lastBarrier = _sp - 1;
                                pc = rp + 4;
                            }
                            else pc = tail;
                            goto Next;
                        }
                    }
                }

            case SreOp.Any: case SreOp.AnyAll:
            case SreOp.Literal: case SreOp.NotLiteral:
            case SreOp.LiteralIgnore: case SreOp.NotLiteralIgnore:
            case SreOp.LiteralUniIgnore: case SreOp.NotLiteralUniIgnore:
            case SreOp.LiteralLocIgnore: case SreOp.NotLiteralLocIgnore:
                if (pos >= end || !MatchOne(pc, Ch(pos))) goto Fail;
                pos++;
                pc += op <= SreOp.AnyAll ? 1 : 2;
                goto Next;

            case SreOp.In: case SreOp.InIgnore: case SreOp.InUniIgnore: case SreOp.InLocIgnore:
                if (pos >= end || !MatchOne(pc, Ch(pos))) goto Fail;
                pos++;
                pc = pc + 1 + (int)code[pc + 1];
                goto Next;

            case SreOp.At:
                if (!AtPosition(code[pc + 1], pos)) goto Fail;
                pc += 2;
                goto Next;

            case SreOp.Category:
                if (pos >= end || !CharClass.InCategory(code[pc + 1], Ch(pos))) goto Fail;
                pos++;
                pc += 2;
                goto Next;

            case SreOp.Info:
                if (code[pc + 3] != 0 && (uint)(end - pos) < code[pc + 3]) goto Fail;
                pc = pc + 1 + (int)code[pc + 1];
                goto Next;

            case SreOp.Jump:
                pc = pc + 1 + (int)code[pc + 1];
                goto Next;

            case SreOp.Mark:
            {
                int i = (int)code[pc + 1];
                if ((i & 1) != 0) SetLastIndex(i / 2 + 1);
                if (i < Marks.Length) SetMark(i, pos);
                pc += 2;
                goto Next;
            }

            case SreOp.Branch:
            {
                int alt = pc + 1;
                if (code[alt] == 0) goto Fail;
                int nextAlt = alt + (int)code[alt];
                if (code[nextAlt] != 0) Push(Kind.Branch, nextAlt, pos);
                pc = alt + 1;
                goto Next;
            }

            case SreOp.RepeatOne:
            {
                int min = (int)code[pc + 2];
                int count = CountRepeats(pc + 4, pos, code[pc + 3]);
                if (count < min) goto Fail;
                int tail = pc + 1 + (int)code[pc + 1];
                if (code[tail] == SreOp.Success && _lastBarrier < 0 && !MatchAll && !MustAdvance)
                {
                    // Nothing follows: the longest run is the match.
                    pos += count;
                    pc = tail;
                    goto Next;
                }
                if (code[tail] == SreOp.Literal)
                {
                    int lit = (int)code[tail + 1];
                    while (count >= min && (pos + count >= end || Ch(pos + count) != lit)) count--;
                    if (count < min) goto Fail;
                }
                Push(Kind.RepeatOneGreedy, pc, pos, count);
                pos += count;
                pc = tail;
                goto Next;
            }

            case SreOp.MinRepeatOne:
            {
                int min = (int)code[pc + 2];
                int count = 0;
                if (min > 0)
                {
                    count = CountRepeats(pc + 4, pos, (uint)min);
                    if (count < min) goto Fail;
                    pos += count;
                }
                Push(Kind.RepeatOneLazy, pc, pos, count);
                pc = pc + 1 + (int)code[pc + 1];
                goto Next;
            }

            case SreOp.PossessiveRepeatOne:
            {
                int count = CountRepeats(pc + 4, pos, code[pc + 3]);
                if (count < (int)code[pc + 2]) goto Fail;
                pos += count;
                pc = pc + 1 + (int)code[pc + 1];
                goto Next;
            }

            case SreOp.Repeat:
                SetCurrentRepeat(new RepeatContext(pc, _repeat));
                pc = pc + 1 + (int)code[pc + 1];
                goto Next;

            case SreOp.MaxUntil:
            {
                var ctx = _repeat;
                if (ctx is null) return Invalid();
                int count = ctx.Count + 1;
                int rp = ctx.Pc;
                if (count < (int)code[rp + 2])
                {
                    SetCount(ctx, count);
                    pc = rp + 4;
                    goto Next;
                }
                if (((uint)count < code[rp + 3] || code[rp + 3] == SreOp.MaxRepeat) && pos != ctx.LastPos)
                {
                    Push(Kind.MaxUntilTail, pc, pos);
                    SetCount(ctx, count);
                    SetLastPos(ctx, pos);
                    pc = rp + 4;
                    goto Next;
                }
                SetCurrentRepeat(ctx.Previous);
                pc++;
                goto Next;
            }

            case SreOp.MinUntil:
            {
                var ctx = _repeat;
                if (ctx is null) return Invalid();
                int count = ctx.Count + 1;
                int rp = ctx.Pc;
                if (count < (int)code[rp + 2])
                {
                    SetCount(ctx, count);
                    pc = rp + 4;
                    goto Next;
                }
                Push(Kind.MinUntilBody, pc, pos);
                SetCurrentRepeat(ctx.Previous);
                pc++;
                goto Next;
            }

            case SreOp.PossessiveRepeat:
            {
                if (code[pc + 3] == 0)
                {
                    pc = pc + 1 + (int)code[pc + 1] + 1;
                    goto Next;
                }
                Push(Kind.PossessiveBarrier, pc, pos, _lastBarrier, 0);
                _lastBarrier = _sp - 1;
                pc += 4;
                goto Next;
            }

            case SreOp.AtomicGroup:
                Push(Kind.AtomicBarrier, pc, pos, _lastBarrier);
                _lastBarrier = _sp - 1;
                pc += 2;
                goto Next;

            case SreOp.Assert:
            case SreOp.AssertNot:
            {
                int back = (int)code[pc + 2];
                if (pos - back < 0)
                {
                    if (op == SreOp.Assert) goto Fail;
                    pc = pc + 1 + (int)code[pc + 1];
                    goto Next;
                }
                Push(op == SreOp.Assert ? Kind.AssertBarrier : Kind.AssertNotBarrier, pc, pos, _lastBarrier);
                _lastBarrier = _sp - 1;
                pos -= back;
                pc += 3;
                goto Next;
            }

            case SreOp.GroupRef: case SreOp.GroupRefIgnore: case SreOp.GroupRefUniIgnore: case SreOp.GroupRefLocIgnore:
            {
                int g = (int)code[pc + 1];
                if (2 * g + 1 >= Marks.Length) goto Fail;
                int s = Marks[2 * g], e = Marks[2 * g + 1];
                if (s < 0 || e < 0 || e < s) goto Fail;
                int len = e - s;
                if (len > end - pos) goto Fail;
                for (int k = 0; k < len; k++)
                {
                    int a = Ch(s + k), c = Ch(pos + k);
                    if (a == c) continue;
                    bool same = op switch
                    {
                        SreOp.GroupRefIgnore or SreOp.GroupRefLocIgnore => CharClass.LowerAscii(a) == CharClass.LowerAscii(c),
                        SreOp.GroupRefUniIgnore => CharClass.LowerUnicode(a) == CharClass.LowerUnicode(c),
                        _ => false,
                    };
                    if (!same) goto Fail;
                }
                pos += len;
                pc += 2;
                goto Next;
            }

            case SreOp.GroupRefExists:
            {
                int g = (int)code[pc + 1];
                bool matched = 2 * g + 1 < Marks.Length && Marks[2 * g] >= 0 && Marks[2 * g + 1] >= 0 && Marks[2 * g] <= Marks[2 * g + 1];
                pc = matched ? pc + 3 : pc + 1 + (int)code[pc + 2];
                goto Next;
            }

            default:
                return Invalid();
        }

    Fail:
        while (_sp > 0)
        {
            ref var e = ref _stack[--_sp];
            switch (e.Kind)
            {
                case Kind.Branch:
                {
                    int alt = e.Pc;
                    pos = e.Pos;
                    int nextAlt = alt + (int)code[alt];
                    if (code[nextAlt] != 0) Push(Kind.Branch, nextAlt, pos);
                    pc = alt + 1;
                    goto Next;
                }
                case Kind.RepeatOneGreedy:
                {
                    int rp = e.Pc, start = e.Pos, count = e.A - 1;
                    int min = (int)code[rp + 2];
                    int tail = rp + 1 + (int)code[rp + 1];
                    if (count < min) continue;
                    if (code[tail] == SreOp.Literal)
                    {
                        int lit = (int)code[tail + 1];
                        while (count >= min && (start + count >= end || Ch(start + count) != lit)) count--;
                        if (count < min) continue;
                    }
                    Push(Kind.RepeatOneGreedy, rp, start, count);
                    pos = start + count;
                    pc = tail;
                    goto Next;
                }
                case Kind.RepeatOneLazy:
                {
                    int rp = e.Pc, count = e.A;
                    pos = e.Pos;
                    if ((uint)count >= code[rp + 3] || pos >= end || !MatchOne(rp + 4, Ch(pos))) continue;
                    pos++;
                    Push(Kind.RepeatOneLazy, rp, pos, count + 1);
                    pc = rp + 1 + (int)code[rp + 1];
                    goto Next;
                }
                case Kind.MaxUntilTail:
                    pos = e.Pos;
                    pc = e.Pc + 1;
                    SetCurrentRepeat(_repeat!.Previous);
                    goto Next;
                case Kind.MinUntilBody:
                {
                    pos = e.Pos;
                    var ctx = _repeat!;
                    int count = ctx.Count + 1;
                    uint max = code[ctx.Pc + 3];
                    if (((uint)count >= max && max != SreOp.MaxRepeat) || pos == ctx.LastPos) continue;
                    SetCount(ctx, count);
                    SetLastPos(ctx, pos);
                    pc = ctx.Pc + 4;
                    goto Next;
                }
                case Kind.AssertBarrier:
                case Kind.AtomicBarrier:
                    _lastBarrier = e.A;
                    continue;
                case Kind.AssertNotBarrier:
                    _lastBarrier = e.A;
                    pos = e.Pos;
                    pc = e.Pc + 1 + (int)code[e.Pc + 1];
                    goto Next;
                case Kind.PossessiveBarrier:
                    _lastBarrier = e.A;
                    if (e.B < (int)code[e.Pc + 2]) continue;
                    pos = e.Pos;
                    pc = e.Pc + 1 + (int)code[e.Pc + 1] + 1;
                    goto Next;
                default:
                    Undo(ref e);
                    continue;
            }
        }
        return 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    int Ch(int i) => _chars is not null ? _chars[i] : _bytes is not null ? _bytes[i] : _codePoints![i];

    int Invalid()
    {
        _ts.Raise(ExceptionKind.RuntimeError, "internal error in regular expression engine");
        return -1;
    }

    int CountRepeats(int bodyPc, int pos, uint max)
    {
        int limit = End - pos;
        if ((uint)limit > max) limit = (int)max;
        int n = 0;
        // The common bodies get their own loops; the rest go through MatchOne per character.
        switch (_code[bodyPc])
        {
            case SreOp.AnyAll:
                return limit;
            case SreOp.Any:
                while (n < limit && Ch(pos + n) != '\n') n++;
                return n;
            case SreOp.Literal:
            {
                int c = (int)_code[bodyPc + 1];
                while (n < limit && Ch(pos + n) == c) n++;
                return n;
            }
            case SreOp.NotLiteral:
            {
                int c = (int)_code[bodyPc + 1];
                while (n < limit && Ch(pos + n) != c) n++;
                return n;
            }
            case SreOp.In:
                while (n < limit && InSet(bodyPc + 2, Ch(pos + n))) n++;
                return n;
            default:
                while (n < limit && MatchOne(bodyPc, Ch(pos + n))) n++;
                return n;
        }
    }

    bool MatchOne(int pc, int ch)
    {
        var code = _code;
        switch (code[pc])
        {
            case SreOp.Any: return ch != '\n';
            case SreOp.AnyAll: return true;
            case SreOp.Literal: return (uint)ch == code[pc + 1];
            case SreOp.NotLiteral: return (uint)ch != code[pc + 1];
            case SreOp.LiteralIgnore: return (uint)CharClass.LowerAscii(ch) == code[pc + 1];
            case SreOp.NotLiteralIgnore: return (uint)CharClass.LowerAscii(ch) != code[pc + 1];
            case SreOp.LiteralUniIgnore: return (uint)CharClass.LowerUnicode(ch) == code[pc + 1];
            case SreOp.NotLiteralUniIgnore: return (uint)CharClass.LowerUnicode(ch) != code[pc + 1];
            case SreOp.LiteralLocIgnore: return LocEquals(ch, code[pc + 1]);
            case SreOp.NotLiteralLocIgnore: return !LocEquals(ch, code[pc + 1]);
            case SreOp.In: return InSet(pc + 2, ch);
            case SreOp.InIgnore: return InSet(pc + 2, CharClass.LowerAscii(ch));
            case SreOp.InUniIgnore: return InSet(pc + 2, CharClass.LowerUnicode(ch));
            case SreOp.InLocIgnore:
                return InSet(pc + 2, ch) || InSet(pc + 2, CharClass.LowerAscii(ch)) || InSet(pc + 2, CharClass.UpperAscii(ch));
            default: return false;
        }
    }

    static bool LocEquals(int ch, uint pattern) =>
        (uint)ch == pattern || (uint)CharClass.LowerAscii(ch) == pattern || (uint)CharClass.UpperAscii(ch) == pattern;

    bool InSet(int pc, int ch)
    {
        var code = _code;
        bool ok = true;
        uint c = (uint)ch;
        while (true)
        {
            switch (code[pc++])
            {
                case SreOp.Failure:
                    return !ok;
                case SreOp.Literal:
                    if (c == code[pc]) return ok;
                    pc++;
                    break;
                case SreOp.Category:
                    if (CharClass.InCategory(code[pc], ch)) return ok;
                    pc++;
                    break;
                case SreOp.Charset:
                    if (c < 256 && (code[pc + (int)(c >> 5)] & (1u << (int)(c & 31))) != 0) return ok;
                    pc += 8;
                    break;
                case SreOp.Range:
                    if (code[pc] <= c && c <= code[pc + 1]) return ok;
                    pc += 2;
                    break;
                case SreOp.RangeUniIgnore:
                {
                    if (code[pc] <= c && c <= code[pc + 1]) return ok;
                    uint upper = (uint)CharClass.UpperUnicode(ch);
                    if (code[pc] <= upper && upper <= code[pc + 1]) return ok;
                    pc += 2;
                    break;
                }
                case SreOp.Negate:
                    ok = !ok;
                    break;
                case SreOp.BigCharset:
                {
                    int count = (int)code[pc++];
                    if (c < 0x10000)
                    {
                        int hi = (int)(c >> 8);
                        int block = (int)((code[pc + (hi >> 2)] >> ((hi & 3) * 8)) & 0xFF);
                        int bit = block * 256 + (int)(c & 255);
                        if ((code[pc + 64 + (bit >> 5)] & (1u << (bit & 31))) != 0) return ok;
                    }
                    pc += 64 + count * 8;
                    break;
                }
                default:
                    return false;
            }
        }
    }

    bool IsWordAt(uint kind, int pos) =>
        kind == 0 ? CharClass.IsAsciiWord(Ch(pos)) : CharClass.IsUnicodeWord(Ch(pos));

    bool AtPosition(uint at, int pos)
    {
        int end = End;
        switch (at)
        {
            case SreOp.AtBeginning:
            case SreOp.AtBeginningString:
                return pos == 0;
            case SreOp.AtBeginningLine:
                return pos == 0 || Ch(pos - 1) == '\n';
            case SreOp.AtEnd:
                return pos == end || (pos + 1 == end && Ch(pos) == '\n');
            case SreOp.AtEndLine:
                return pos == end || Ch(pos) == '\n';
            case SreOp.AtEndString:
                return pos == end;
            case SreOp.AtBoundary: case SreOp.AtLocBoundary:
            case SreOp.AtNonBoundary: case SreOp.AtLocNonBoundary:
            case SreOp.AtUniBoundary: case SreOp.AtUniNonBoundary:
            {
                if (end == 0) return false;
                uint kind = at is SreOp.AtUniBoundary or SreOp.AtUniNonBoundary ? 1u : 0u;
                bool before = pos > 0 && IsWordAt(kind, pos - 1);
                bool after = pos < end && IsWordAt(kind, pos);
                bool boundary = before != after;
                return at is SreOp.AtBoundary or SreOp.AtLocBoundary or SreOp.AtUniBoundary ? boundary : !boundary;
            }
            default:
                return false;
        }
    }
}
