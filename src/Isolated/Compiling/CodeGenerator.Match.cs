using Isolated.Execution;
using Isolated.Objects;
using Isolated.Parsing.Ast;
using Attribute = Isolated.Parsing.Ast.Attribute;

namespace Isolated.Compiling;

/// <summary>The match statement. Each pattern consumes the subject on top of the stack on both
/// its success path (falls through) and its failure path (jumps to the given label).</summary>
public sealed partial class CodeGenerator
{
    /// <summary>Whether the pattern being compiled may be one that always matches (CPython's
    /// allow_irrefutable).</summary>
    bool _allowIrrefutable = true;

    /// <summary>The names the case pattern being compiled binds so far (CPython's pc->stores):
    /// a name bound twice, or alternatives binding different names, is a SyntaxError.</summary>
    readonly List<string> _patternNames = new();

    void CompileMatch(Match m)
    {
        var end = new Label();
        CompileExpr(m.Subject);
        int depth = B.Depth;
        for (int i = 0; i < m.Cases.Count; i++)
        {
            var c = m.Cases[i];
            SetLine(c.Pattern);
            var next = new Label();
            B.Emit(OpCode.Copy, 1);
            // Only the last case (or a guarded one) may match anything.
            _allowIrrefutable = c.Guard is not null || i == m.Cases.Count - 1;
            _patternNames.Clear();
            CompilePattern(c.Pattern, next);
            if (c.Guard is not null) CompileJumpIf(c.Guard, next, false);
            B.Emit(OpCode.PopTop);
            CompileStmts(c.Body);
            if (B.Reachable) B.EmitJump(OpCode.Jump, end);
            B.Place(next);
            B.Depth = depth;
        }
        B.Emit(OpCode.PopTop);
        B.Place(end);
        B.Depth = depth - 1;
    }

    /// <summary>Emits "pop <paramref name="count"/> values, then jump to <paramref name="fail"/>"
    /// blocks after the pattern's success path.</summary>
    sealed class FailBlocks
    {
        public readonly Dictionary<int, Label> ByCount = new();
        public Label For(int count) => ByCount.TryGetValue(count, out var l) ? l : ByCount[count] = new Label();
    }

    void FinishPattern(FailBlocks blocks, Label fail)
    {
        if (blocks.ByCount.Count == 0) return;
        var success = new Label();
        int depth = B.Depth;
        B.EmitJump(OpCode.Jump, success);
        foreach (var (count, label) in blocks.ByCount)
        {
            B.Place(label);
            for (int i = 0; i < count; i++) B.Emit(OpCode.PopTop);
            B.EmitJump(OpCode.Jump, fail);
        }
        B.Place(success);
        B.Depth = depth;
    }

    void CompilePattern(PatternNode p, Label fail)
    {
        switch (p)
        {
            case MatchAs { Pattern: null, Name: null } wildcard:
                if (!_allowIrrefutable) throw Error("wildcard makes remaining patterns unreachable", wildcard);
                B.Emit(OpCode.PopTop);
                return;
            case MatchAs { Pattern: null } capture:
                if (!_allowIrrefutable) throw Error($"name capture '{capture.Name}' makes remaining patterns unreachable", capture);
                StorePatternName(capture.Name!, capture);
                return;
            case MatchAs asPattern:
            {
                var blocks = new FailBlocks();
                B.Emit(OpCode.Copy, 1);
                CompilePattern(asPattern.Pattern!, blocks.For(1));
                StorePatternName(asPattern.Name!, asPattern);
                FinishPattern(blocks, fail);
                return;
            }
            case MatchValue mv:
                CompileExpr(mv.Value);
                B.Emit(OpCode.CompareOp, (int)CompareOp.Eq);
                B.EmitJump(OpCode.PopJumpIfFalse, fail);
                return;
            case MatchSingleton ms:
                LoadConst(ms.Value);
                B.Emit(OpCode.IsOp, 0);
                B.EmitJump(OpCode.PopJumpIfFalse, fail);
                return;
            case MatchOr mo:
            {
                var end = new Label();
                int depth = B.Depth;
                bool allowIrrefutable = _allowIrrefutable;
                int boundBefore = _patternNames.Count;
                List<string>? firstNames = null;
                for (int i = 0; i < mo.Patterns.Count - 1; i++)
                {
                    var next = new Label();
                    B.Emit(OpCode.Copy, 1);
                    _allowIrrefutable = false;   // an alternative that always matches hides the rest
                    CompilePattern(mo.Patterns[i], next);
                    CheckAlternativeNames(mo, boundBefore, ref firstNames);
                    B.Emit(OpCode.PopTop);
                    B.EmitJump(OpCode.Jump, end);
                    B.Place(next);
                    B.Depth = depth;
                }
                _allowIrrefutable = allowIrrefutable;
                CompilePattern(mo.Patterns[^1], fail);
                CheckAlternativeNames(mo, boundBefore, ref firstNames);
                _patternNames.AddRange(firstNames!);
                B.Place(end);
                B.Depth = depth - 1;
                return;
            }
            case MatchSequence or MatchMapping or MatchClass:
            {
                // Subpatterns may be irrefutable: the enclosing pattern can still fail.
                bool saved = _allowIrrefutable;
                _allowIrrefutable = true;
                if (p is MatchSequence seq) CompileSequencePattern(seq, fail);
                else if (p is MatchMapping map) CompileMappingPattern(map, fail);
                else CompileClassPattern((MatchClass)p, fail);
                _allowIrrefutable = saved;
                return;
            }
            case MatchStar star:
                throw Error("can't use starred name here", star);
            default:
                throw Error($"unsupported pattern {p.NodeName}", p);
        }
    }

    /// <summary>Records a name a pattern binds, rejecting a second binding of the same name.</summary>
    void StorePatternName(string name, Node where)
    {
        if (_patternNames.Contains(name)) throw Error($"multiple assignments to name '{name}' in pattern", where);
        _patternNames.Add(name);
        StoreName(name, where);
    }

    /// <summary>After one alternative of an or-pattern: its names (those bound since
    /// <paramref name="boundBefore"/>) must be the same set as the first alternative's. They are
    /// forgotten again so that the next alternative may bind them too.</summary>
    void CheckAlternativeNames(MatchOr mo, int boundBefore, ref List<string>? firstNames)
    {
        var names = _patternNames.GetRange(boundBefore, _patternNames.Count - boundBefore);
        _patternNames.RemoveRange(boundBefore, names.Count);
        if (firstNames is null) { firstNames = names; return; }
        if (names.Count != firstNames.Count || !names.TrueForAll(firstNames.Contains))
            throw Error("alternative patterns bind different names", mo);
    }

    void CompileSequencePattern(MatchSequence seq, Label fail)
    {
        var blocks = new FailBlocks();
        int star = -1;
        for (int i = 0; i < seq.Patterns.Count; i++)
        {
            if (seq.Patterns[i] is MatchStar)
            {
                if (star >= 0) throw Error("multiple starred names in sequence pattern", seq);
                star = i;
            }
        }
        int n = seq.Patterns.Count;
        B.Emit(OpCode.MatchSequence);
        B.EmitJump(OpCode.PopJumpIfFalse, blocks.For(1));
        // [*_] and [*rest] accept any length, so (as CPython) they do not ask for one: a class
        // registered as a Sequence without __len__ still matches them.
        if (star < 0 || n > 1)
        {
            B.Emit(OpCode.GetLen);
            LoadConst((long)(star >= 0 ? n - 1 : n));
            B.Emit(OpCode.CompareOp, (int)(star >= 0 ? CompareOp.Ge : CompareOp.Eq));
            B.EmitJump(OpCode.PopJumpIfFalse, blocks.For(1));
        }
        if (star >= 0 && ((MatchStar)seq.Patterns[star]).Name is not null)
        {
            // A captured star: unpack by iterating (any sequence, e.g. a deque, without slicing);
            // the values come off the stack first to last.
            B.Emit(OpCode.UnpackEx, star | ((n - star - 1) << 8));
            for (int i = 0; i < n; i++)
            {
                if (seq.Patterns[i] is MatchStar ms) StorePatternName(ms.Name!, ms);
                else CompilePattern(seq.Patterns[i], blocks.For(n - i - 1));
            }
            FinishPattern(blocks, fail);
            return;
        }
        for (int i = 0; i < n; i++)
        {
            var sub = seq.Patterns[i];
            // Wildcards capture nothing: `*_` must not copy the rest (it can be range(1 << 30)).
            if (sub is MatchAs { Pattern: null, Name: null } or MatchStar { Name: null }) continue;
            B.Emit(OpCode.Copy, 1);
            if (i == star)
            {
                var ms = (MatchStar)sub;
                int after = n - star - 1;
                LoadConst((long)star);
                if (after == 0) LoadConst(null); else LoadConst((long)-after);
                B.Emit(OpCode.BuildSlice, 2);
                B.Emit(OpCode.BinarySubscr);
                B.Emit(OpCode.BuildList, 0);
                B.Emit(OpCode.Swap, 2);
                B.Emit(OpCode.ListExtend, 1);
                if (ms.Name is not null) StorePatternName(ms.Name, ms); else B.Emit(OpCode.PopTop);
                continue;
            }
            long index = star >= 0 && i > star ? i - n : i;
            LoadConst(index);
            B.Emit(OpCode.BinarySubscr);
            CompilePattern(sub, blocks.For(1));
        }
        B.Emit(OpCode.PopTop);
        FinishPattern(blocks, fail);
    }

    /// <summary>Literal keys of a mapping pattern must differ (as dict keys: 1 and 1.0 are the same).</summary>
    void CheckDuplicateMappingKeys(MatchMapping map)
    {
        if (map.Keys.Count < 2) return;
        var seen = _interp.NewDict();
        foreach (var k in map.Keys)
        {
            if (!TryFoldConstant(k, out var value)) continue;
            var key = MakeConst(value).Item1;
            if (!seen.TryGetItem(_ts, key, out var existing)) throw new PyException(_ts.FetchError()!);
            if (existing is not null)
            {
                string repr = Ops.Repr(_ts, key) is PyStr r ? r.Value : "?";
                throw Error($"mapping pattern checks duplicate key ({repr})", map);
            }
            if (!seen.TrySetItem(_ts, key, key)) throw new PyException(_ts.FetchError()!);
        }
    }

    void CompileMappingPattern(MatchMapping map, Label fail)
    {
        CheckDuplicateMappingKeys(map);
        var blocks = new FailBlocks();
        B.Emit(OpCode.MatchMapping);
        B.EmitJump(OpCode.PopJumpIfFalse, blocks.For(1));
        foreach (var k in map.Keys) CompileExpr(k);
        B.Emit(OpCode.BuildTuple, map.Keys.Count);            // [subj, keys]
        B.Emit(OpCode.MatchKeys);                             // [subj, keys, values|None]
        B.Emit(OpCode.Copy, 1);
        B.EmitJump(OpCode.PopJumpIfNone, blocks.For(3));
        for (int i = 0; i < map.Patterns.Count; i++)
        {
            B.Emit(OpCode.Copy, 1);
            LoadConst((long)i);
            B.Emit(OpCode.BinarySubscr);
            CompilePattern(map.Patterns[i], blocks.For(3));
        }
        B.Emit(OpCode.PopTop);                                // [subj, keys]
        if (map.Rest is not null)
        {
            B.Emit(OpCode.CopyDictWithoutKeys);               // [subj, rest]
            StorePatternName(map.Rest, map);
        }
        else B.Emit(OpCode.PopTop);
        B.Emit(OpCode.PopTop);
        FinishPattern(blocks, fail);
    }

    void CompileClassPattern(MatchClass cls, Label fail)
    {
        var blocks = new FailBlocks();
        CompileExpr(cls.Cls);                                 // [subj, cls]
        var names = new PyObject[cls.KwdAttrs.Count];
        for (int i = 0; i < names.Length; i++)
        {
            if (cls.KwdAttrs.IndexOf(cls.KwdAttrs[i]) != i)
                throw Error($"attribute name repeated in class pattern: {cls.KwdAttrs[i]}", cls.KwdPatterns[i]);
            names[i] = _interp.Str(cls.KwdAttrs[i]);
        }
        B.Emit(OpCode.LoadConst, Const(_interp.Tuple(names), null));
        B.Emit(OpCode.Copy, 3);                               // [subj, cls, names, subj]
        B.Emit(OpCode.Swap, 3);                               // [subj, subj, names, cls]
        B.Emit(OpCode.Swap, 2);                               // [subj, subj, cls, names]
        B.Emit(OpCode.MatchClass, cls.Patterns.Count);        // [subj, attrs|None]
        B.Emit(OpCode.Copy, 1);
        B.EmitJump(OpCode.PopJumpIfNone, blocks.For(2));
        var all = new List<PatternNode>(cls.Patterns);
        all.AddRange(cls.KwdPatterns);
        for (int i = 0; i < all.Count; i++)
        {
            if (all[i] is MatchAs { Pattern: null, Name: null }) continue;
            B.Emit(OpCode.Copy, 1);
            LoadConst((long)i);
            B.Emit(OpCode.BinarySubscr);
            CompilePattern(all[i], blocks.For(2));
        }
        B.Emit(OpCode.PopTop);
        B.Emit(OpCode.PopTop);
        FinishPattern(blocks, fail);
    }
}
