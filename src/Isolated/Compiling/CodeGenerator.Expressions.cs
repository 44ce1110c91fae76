using System.Numerics;
using Isolated.Execution;
using Isolated.Objects;
using Isolated.Parsing.Ast;
using Attribute = Isolated.Parsing.Ast.Attribute;
using AstTuple = Isolated.Parsing.Ast.Tuple;
using AstList = Isolated.Parsing.Ast.List;
using AstDict = Isolated.Parsing.Ast.Dict;
using AstSet = Isolated.Parsing.Ast.Set;
using AstSlice = Isolated.Parsing.Ast.Slice;

namespace Isolated.Compiling;

public sealed partial class CodeGenerator
{
    static BinaryOpKind BinaryKind(Operator op) => op switch
    {
        Operator.Add => BinaryOpKind.Add,
        Operator.Sub => BinaryOpKind.Subtract,
        Operator.Mult => BinaryOpKind.Multiply,
        Operator.MatMult => BinaryOpKind.MatrixMultiply,
        Operator.Div => BinaryOpKind.TrueDivide,
        Operator.Mod => BinaryOpKind.Remainder,
        Operator.Pow => BinaryOpKind.Power,
        Operator.LShift => BinaryOpKind.LShift,
        Operator.RShift => BinaryOpKind.RShift,
        Operator.BitOr => BinaryOpKind.Or,
        Operator.BitXor => BinaryOpKind.Xor,
        Operator.BitAnd => BinaryOpKind.And,
        _ => BinaryOpKind.FloorDivide,
    };

    /// <summary>BINARY_OP, or its specialised form for the operators with an inline int fast path.</summary>
    void EmitBinary(int kind)
    {
        var k = (BinaryOpKind)kind;
        var op = k switch
        {
            BinaryOpKind.Add or BinaryOpKind.InplaceAdd => OpCode.BinaryAdd,
            BinaryOpKind.Subtract or BinaryOpKind.InplaceSubtract => OpCode.BinarySubtract,
            BinaryOpKind.Multiply or BinaryOpKind.InplaceMultiply => OpCode.BinaryMultiply,
            BinaryOpKind.Remainder or BinaryOpKind.InplaceRemainder => OpCode.BinaryRemainder,
            _ => OpCode.BinaryOp,
        };
        B.Emit(op, kind);
    }

    static string Describe(ExprNode e) => e switch
    {
        Call => "function call",
        Constant { Value: null } => "None",
        Constant { Value: true } => "True",
        Constant { Value: false } => "False",
        Constant { Value: AstEllipsis } => "ellipsis",
        Constant => "literal",
        BinOp or UnaryOp => "expression",
        BoolOp => "expression",
        Compare => "comparison",
        Lambda => "lambda",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        Await => "await expression",
        Yield or YieldFrom => "yield expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        GeneratorExp => "generator expression",
        AstDict => "dict literal",
        AstSet => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Starred => "starred",
        _ => "expression",
    };

    // ================================================================ stores

    void CompileStore(ExprNode target)
    {
        switch (target)
        {
            case Name n: CompileName(n.Id, ExprContext.Store, n); break;
            case Attribute a:
                CheckAssignable(a.Attr, a, delete: false);
                CompileExpr(a.Value);
                SetLineAtAttribute(a, a);
                B.Emit(OpCode.StoreAttr, NameIndex(Mangle(a.Attr)));
                break;
            case Subscript s:
                CompileExpr(s.Value);
                CompileSubscriptIndex(s.Slice);
                SetLine(s);
                B.Emit(OpCode.StoreSubscr);
                break;
            case AstTuple t: CompileUnpack(t.Elts, t); break;
            case AstList l: CompileUnpack(l.Elts, l); break;
            case Starred st: throw Error("starred assignment target must be in a list or tuple", st);
            default: throw Error($"cannot assign to {Describe(target)}", target);
        }
    }

    void CompileUnpack(List<ExprNode> elts, Node node)
    {
        int star = -1;
        for (int i = 0; i < elts.Count; i++)
        {
            if (elts[i] is Starred)
            {
                if (star >= 0) throw Error("multiple starred expressions in assignment", elts[i]);
                star = i;
            }
        }
        SetLine(node);
        if (star < 0) B.Emit(OpCode.UnpackSequence, elts.Count);
        else
        {
            int after = elts.Count - star - 1;
            if (star > 255 || after > 0xFFFF) throw Error("too many expressions in star-unpacking assignment", node);
            B.Emit(OpCode.UnpackEx, star | (after << 8));
        }
        foreach (var e in elts) CompileStore(e is Starred s ? s.Value : e);
    }

    // ================================================================ expressions

    void CompileExpr(ExprNode e)
    {
        EnsureStack();
        var savedLoc = B.Loc;
        SetLine(e);
        switch (e)
        {
            case Constant c: LoadConst(c.Value); break;
            case Name n: CompileName(n.Id, ExprContext.Load, n); break;
            case BinOp b: CompileBinOp(b); break;
            case UnaryOp u: CompileUnary(u); break;
            case BoolOp bo: CompileBoolOp(bo); break;
            case Compare cmp: CompileCompare(cmp); break;
            case Call call: CompileCall(call); break;
            case Attribute a:
                CompileExpr(a.Value);
                SetLineAtAttribute(a, a);
                B.Emit(OpCode.LoadAttr, NameIndex(Mangle(a.Attr)));
                break;
            case Subscript s:
                CheckSubscript(s);
                CompileExpr(s.Value);
                CompileSubscriptIndex(s.Slice);
                SetLine(s);
                B.Emit(OpCode.BinarySubscr);
                break;
            case AstTuple t: CompileSequence(t.Elts, OpCode.BuildTuple); break;
            case AstList l: CompileSequence(l.Elts, OpCode.BuildList); break;
            case AstSet st: CompileSequence(st.Elts, OpCode.BuildSet); break;
            case AstDict d: CompileDict(d); break;
            case IfExp ie:
            {
                var orelse = new Label();
                var end = new Label();
                CompileJumpIf(ie.Test, orelse, false);
                CompileExpr(ie.Body);
                B.EmitJump(OpCode.Jump, end);
                B.Place(orelse);
                B.Depth--;
                CompileExpr(ie.Orelse);
                B.Place(end);
                break;
            }
            case Lambda l: CompileLambda(l); break;
            case NamedExpr ne:
                CompileExpr(ne.Value);
                B.Emit(OpCode.Copy, 1);
                CompileStore(ne.Target);
                break;
            case JoinedStr js: CompileJoinedStr(js); break;
            case FormattedValue fv: CompileFormattedValue(fv); B.Emit(OpCode.BuildString, 1); break;
            case AstSlice sl: CompileSlice(sl); break;
            case ListComp lc: CompileComprehension(lc, lc.Generators, lc.Elt, null, OpCode.BuildList); break;
            case SetComp sc: CompileComprehension(sc, sc.Generators, sc.Elt, null, OpCode.BuildSet); break;
            case DictComp dc: CompileComprehension(dc, dc.Generators, dc.Key, dc.Value, OpCode.BuildMap); break;
            case GeneratorExp ge: CompileComprehension(ge, ge.Generators, ge.Elt, null, OpCode.Nop); break;
            case Yield y:
                CheckYieldContext(y);
                if (y.Value is not null) CompileExpr(y.Value); else LoadConst(null);
                if (_u.Scope.IsCoroutine) B.Emit(OpCode.CallIntrinsic, (int)IntrinsicKind.AsyncGenWrap);
                B.Emit(OpCode.YieldValue);
                break;
            case YieldFrom yf:
                CheckYieldContext(yf);
                if (_u.Scope.IsCoroutine) throw Error("'yield from' inside async function", yf);
                CompileExpr(yf.Value);
                B.Emit(OpCode.GetYieldFromIter);
                LoadConst(null);
                EmitSendLoop();
                break;
            case Await aw:
                if (!_u.Scope.IsFunctionLike || !_u.Scope.IsCoroutine && _u.Scope.Kind != ScopeKind.Comprehension)
                    throw Error(_u.Scope.IsFunctionLike ? "'await' outside async function" : "'await' outside function", aw);
                CompileExpr(aw.Value);
                B.Emit(OpCode.GetAwaitable);
                EmitAwaitLoop();
                break;
            case Starred st:
                throw Error("can't use starred expression here", st);
            default:
                throw Error($"unsupported expression {e.NodeName}", e);
        }
        B.Loc = savedLoc;
    }

    void CheckYieldContext(Node n)
    {
        if (!_u.Scope.IsFunctionLike) throw Error("'yield' outside function", n);
    }

    /// <summary>[awaitable] -> [result]: drives the awaitable, yielding what it yields.</summary>
    void EmitAwaitLoop()
    {
        LoadConst(null);
        EmitSendLoop();
    }

    void EmitSendLoop()
    {
        var loop = new Label();
        var end = new Label();
        B.Place(loop);
        B.EmitJump(OpCode.Send, end);
        B.Emit(OpCode.YieldValue);
        B.EmitJump(OpCode.Jump, loop);
        B.Place(end);
    }

    void CompileSubscriptIndex(ExprNode slice)
    {
        if (slice is AstSlice s) CompileSlice(s);
        else CompileExpr(slice);
    }

    void CompileSlice(AstSlice s)
    {
        if (s.Lower is not null) CompileExpr(s.Lower); else LoadConst(null);
        if (s.Upper is not null) CompileExpr(s.Upper); else LoadConst(null);
        if (s.Step is not null) { CompileExpr(s.Step); B.Emit(OpCode.BuildSlice, 3); }
        else B.Emit(OpCode.BuildSlice, 2);
    }

    bool TryFoldConstant(ExprNode e, out object? value)
    {
        switch (e)
        {
            case Constant c when c.Value is not byte[]: value = c.Value; return true;
            case UnaryOp { Op: UnaryOperator.USub, Operand: Constant { Value: long l } } when l != long.MinValue:
                value = -l; return true;
            case UnaryOp { Op: UnaryOperator.USub, Operand: Constant { Value: double d } }:
                value = -d; return true;
            case UnaryOp { Op: UnaryOperator.USub, Operand: Constant { Value: BigInteger bi } }:
                value = -bi; return true;
        }
        value = null;
        return false;
    }

    void CompileBinOp(BinOp b)
    {
        // Fold small constant integer arithmetic (as CPython's AST optimiser does).
        if (TryFoldConstant(b.Left, out var lv) && TryFoldConstant(b.Right, out var rv) && lv is long x && rv is long y)
        {
            long? r = b.Op switch
            {
                Operator.Add => x + y is var s && ((x ^ s) & (y ^ s)) >= 0 ? s : null,
                Operator.Sub => x - y is var d && ((x ^ y) & (x ^ d)) >= 0 ? d : null,
                Operator.Mult when Math.Abs(x) < int.MaxValue && Math.Abs(y) < int.MaxValue => x * y,
                Operator.LShift when x >= 0 && y >= 0 && y < 62 && x < (1L << (62 - (int)y)) => x << (int)y,
                Operator.Pow when y >= 0 && y < 63 && Math.Abs(x) <= 2 && Math.Abs(Math.Pow(x, y)) < 4e18 => (long)Math.Pow(x, y),
                Operator.BitOr => x | y,
                Operator.BitAnd => x & y,
                Operator.BitXor => x ^ y,
                _ => null,
            };
            if (r is long folded) { LoadConst(folded); return; }
        }
        CompileExpr(b.Left);
        CompileExpr(b.Right);
        SetLine(b);
        EmitBinary((int)BinaryKind(b.Op));
    }

    void CompileUnary(UnaryOp u)
    {
        if (u.Op == UnaryOperator.USub && TryFoldConstant(u, out var folded)) { LoadConst(folded); return; }
        CompileExpr(u.Operand);
        SetLine(u);
        B.Emit(u.Op switch
        {
            UnaryOperator.Invert => OpCode.UnaryInvert,
            UnaryOperator.Not => OpCode.UnaryNot,
            UnaryOperator.UAdd => OpCode.UnaryPositive,
            _ => OpCode.UnaryNegative,
        });
    }

    void CompileBoolOp(BoolOp bo)
    {
        var end = new Label();
        var jump = bo.Op == BoolOperator.And ? OpCode.JumpIfFalseOrPop : OpCode.JumpIfTrueOrPop;
        for (int i = 0; i < bo.Values.Count - 1; i++)
        {
            CompileExpr(bo.Values[i]);
            B.EmitJump(jump, end);
        }
        CompileExpr(bo.Values[^1]);
        B.Place(end);
    }

    void EmitCompareOp(CmpOperator op)
    {
        switch (op)
        {
            case CmpOperator.Is: B.Emit(OpCode.IsOp, 0); break;
            case CmpOperator.IsNot: B.Emit(OpCode.IsOp, 1); break;
            case CmpOperator.In: B.Emit(OpCode.ContainsOp, 0); break;
            case CmpOperator.NotIn: B.Emit(OpCode.ContainsOp, 1); break;
            default: B.Emit(OpCode.CompareOp, (int)ToCompareOp(op)); break;
        }
    }

    static CompareOp ToCompareOp(CmpOperator op) => op switch
    {
        CmpOperator.Lt => CompareOp.Lt,
        CmpOperator.LtE => CompareOp.Le,
        CmpOperator.Eq => CompareOp.Eq,
        CmpOperator.NotEq => CompareOp.Ne,
        CmpOperator.Gt => CompareOp.Gt,
        _ => CompareOp.Ge,
    };

    void CompileCompare(Compare cmp)
    {
        CheckIsLiteral(cmp);
        CompileExpr(cmp.Left);
        if (cmp.Ops.Count == 1)
        {
            CompileExpr(cmp.Comparators[0]);
            SetLine(cmp);
            EmitCompareOp(cmp.Ops[0]);
            return;
        }
        var cleanup = new Label();
        var end = new Label();
        for (int i = 0; i < cmp.Ops.Count - 1; i++)
        {
            CompileExpr(cmp.Comparators[i]);
            B.Emit(OpCode.Swap, 2);
            B.Emit(OpCode.Copy, 2);
            SetLine(cmp);
            EmitCompareOp(cmp.Ops[i]);
            B.EmitJump(OpCode.JumpIfFalseOrPop, cleanup);
        }
        CompileExpr(cmp.Comparators[^1]);
        SetLine(cmp);
        EmitCompareOp(cmp.Ops[^1]);
        B.EmitJump(OpCode.Jump, end);
        B.Place(cleanup);
        B.Depth = B.Depth < 2 ? 2 : B.Depth;
        B.Emit(OpCode.Swap, 2);
        B.Emit(OpCode.PopTop);
        B.Place(end);
    }

    /// <summary>Jumps to <paramref name="target"/> when the truth of <paramref name="e"/> equals
    /// <paramref name="whenTrue"/>; avoids materialising bools for not/and/or/comparisons.</summary>
    void CompileJumpIf(ExprNode e, Label target, bool whenTrue)
    {
        switch (e)
        {
            case UnaryOp { Op: UnaryOperator.Not } u:
                CompileJumpIf(u.Operand, target, !whenTrue);
                return;
            case BoolOp bo:
            {
                bool isOr = bo.Op == BoolOperator.Or;
                if (isOr == whenTrue)
                {
                    // or + jump-if-true / and + jump-if-false: any operand decides.
                    foreach (var v in bo.Values) CompileJumpIf(v, target, whenTrue);
                }
                else
                {
                    var next = new Label();
                    for (int i = 0; i < bo.Values.Count - 1; i++) CompileJumpIf(bo.Values[i], next, !whenTrue);
                    CompileJumpIf(bo.Values[^1], target, whenTrue);
                    B.Place(next);
                }
                return;
            }
            case Compare { Ops.Count: 1 } cmp when !whenTrue && cmp.Ops[0] is not (CmpOperator.Is or CmpOperator.IsNot or CmpOperator.In or CmpOperator.NotIn):
            {
                var saved = B.Loc;
                SetLine(cmp);
                CompileExpr(cmp.Left);
                CompileExpr(cmp.Comparators[0]);
                SetLine(cmp);
                B.EmitJump(OpCode.CompareJumpIfFalse, target, (int)ToCompareOp(cmp.Ops[0]));
                B.Loc = saved;
                return;
            }
            case Compare { Ops.Count: 1 } isCmp when isCmp.Ops[0] is CmpOperator.Is or CmpOperator.IsNot && isCmp.Comparators[0] is Constant { Value: null }:
            {
                CheckIsLiteral(isCmp);
                CompileExpr(isCmp.Left);
                bool jumpIfNone = (isCmp.Ops[0] == CmpOperator.Is) == whenTrue;
                B.EmitJump(jumpIfNone ? OpCode.PopJumpIfNone : OpCode.PopJumpIfNotNone, target);
                return;
            }
        }
        CompileExpr(e);
        B.EmitJump(whenTrue ? OpCode.PopJumpIfTrue : OpCode.PopJumpIfFalse, target);
    }

    void CompileSequence(List<ExprNode> elts, OpCode build)
    {
        bool hasStar = false;
        foreach (var e in elts) if (e is Starred) { hasStar = true; break; }
        if (!hasStar)
        {
            if (build == OpCode.BuildTuple && elts.Count > 0 && TryConstTuple(elts, out var tuple))
            {
                B.Emit(OpCode.LoadConst, Const(tuple!, null));
                return;
            }
            foreach (var e in elts) CompileExpr(e);
            B.Emit(build, elts.Count);
            return;
        }
        // With starred items: build a list (or set), extending it, then convert.
        var (buildOp, addOp, extendOp) = build == OpCode.BuildSet
            ? (OpCode.BuildSet, OpCode.SetAdd, OpCode.SetUpdate)
            : (OpCode.BuildList, OpCode.ListAppend, OpCode.ListExtend);
        B.Emit(buildOp, 0);
        foreach (var e in elts)
        {
            if (e is Starred s) { CompileExpr(s.Value); B.Emit(extendOp, 1); }
            else { CompileExpr(e); B.Emit(addOp, 1); }
        }
        if (build == OpCode.BuildTuple) B.Emit(OpCode.ListToTuple);
    }

    bool TryConstTuple(List<ExprNode> elts, out PyObject? tuple)
    {
        tuple = null;
        if (elts.Count > 64) return false;
        var items = new PyObject[elts.Count];
        for (int i = 0; i < items.Length; i++)
        {
            if (elts[i] is AstTuple inner && TryConstTuple(inner.Elts, out var t) && t is not null) { items[i] = t; continue; }
            if (!TryFoldConstant(elts[i], out var v) || v is byte[] or Complex) return false;
            items[i] = MakeConst(v).Item1;
        }
        tuple = _interp.Tuple(items);
        return true;
    }

    void CompileDict(AstDict d)
    {
        int pending = 0;
        bool built = false;
        for (int i = 0; i < d.Values.Count; i++)
        {
            var key = d.Keys[i];
            if (key is null)
            {
                if (!built) { B.Emit(OpCode.BuildMap, pending); built = true; }
                else if (pending > 0) { B.Emit(OpCode.BuildMap, pending); B.Emit(OpCode.DictUpdate, 1); }
                pending = 0;
                CompileExpr(d.Values[i]);
                B.Emit(OpCode.DictUpdate, 1);
                continue;
            }
            CompileExpr(key);
            CompileExpr(d.Values[i]);
            pending++;
        }
        if (!built) B.Emit(OpCode.BuildMap, pending);
        else if (pending > 0) { B.Emit(OpCode.BuildMap, pending); B.Emit(OpCode.DictUpdate, 1); }
    }

    void CompileJoinedStr(JoinedStr js)
    {
        int n = 0;
        foreach (var v in js.Values)
        {
            if (v is Constant { Value: string s }) { if (s.Length == 0) continue; LoadConst(s); }
            else if (v is FormattedValue fv) CompileFormattedValue(fv);
            else CompileExpr(v);
            n++;
        }
        if (n == 0) LoadConst("");
        else if (n > 1 || js.Values.Count == 1 && js.Values[0] is not Constant) B.Emit(OpCode.BuildString, n);
    }

    void CompileFormattedValue(FormattedValue fv)
    {
        CompileExpr(fv.Value);
        int conv = fv.Conversion switch { 's' => 1, 'r' => 2, 'a' => 3, _ => 0 };
        if (fv.FormatSpec is not null)
        {
            CompileExpr(fv.FormatSpec);
            conv |= 4;
        }
        var saved = B.Loc;
        SetLine(fv);
        B.Emit(OpCode.FormatValue, conv);
        B.Loc = saved;
    }

    // ---------------------------------------------------------------- calls

    /// <summary>The position of <paramref name="n"/>, an attribute access or a method call on
    /// <paramref name="attr"/>; when it spans lines it starts at the attribute name instead (as
    /// CPython 3.12), so a traceback of a chained call shows the line of the failing `.name(...)`.</summary>
    void SetLineAtAttribute(Node n, Attribute attr)
    {
        SetLine(n);
        if (n.Lineno <= 0 || attr.EndLineno <= 0 || B.Loc.Line == attr.EndLineno) return;
        var loc = B.Loc;
        int nameLength = attr.Attr.Length;
        int col = nameLength <= attr.EndColOffset ? attr.EndColOffset - nameLength : -1;
        int endLine = Math.Max(attr.EndLineno, loc.EndLine);
        int endCol = col < 0 ? -1 : attr.EndLineno == endLine ? Math.Max(col, loc.EndCol) : loc.EndCol;
        B.Loc = new SourceLocation(attr.EndLineno, endLine, col, endCol);
    }

    void CompileCall(Call call)
    {
        CheckCaller(call);
        bool simple = true;
        foreach (var a in call.Args) if (a is Starred) { simple = false; break; }
        foreach (var k in call.Keywords) if (k.Arg is null) { simple = false; break; }
        if (simple && call.Func is Attribute attr && call.Args.Count + call.Keywords.Count < 200)
        {
            CompileExpr(attr.Value);
            SetLineAtAttribute(attr, attr);
            B.Emit(OpCode.LoadMethod, NameIndex(Mangle(attr.Attr)));
            CompileCallArgs(call.Args, call.Keywords, 0, call, attr);
            return;
        }
        B.Emit(OpCode.PushNull);
        CompileExpr(call.Func);
        CompileCallArgs(call.Args, call.Keywords, 0, call);
    }

    /// <summary>Compiles the arguments of a call whose callable (and NULL/self) are already
    /// pushed, plus <paramref name="extraPositional"/> positional values already on the stack,
    /// and emits the call.</summary>
    void CompileCallArgs(List<ExprNode> args, List<keyword> keywords, int extraPositional, Node node, Attribute? method = null)
    {
        bool simple = true;
        foreach (var a in args) if (a is Starred) { simple = false; break; }
        foreach (var k in keywords) if (k.Arg is null) { simple = false; break; }
        var seen = new HashSet<string>();
        foreach (var k in keywords)
        {
            if (k.Arg is null) continue;
            if (!seen.Add(k.Arg)) throw Error($"keyword argument repeated: {k.Arg}", k);
            CheckAssignable(k.Arg, k, delete: false);
        }
        if (simple)
        {
            foreach (var a in args) CompileExpr(a);
            foreach (var k in keywords) CompileExpr(k.Value);
            if (method is not null) SetLineAtAttribute(node, method); else SetLine(node);
            int argc = extraPositional + args.Count + keywords.Count;
            if (keywords.Count > 0)
            {
                var names = new PyObject[keywords.Count];
                for (int i = 0; i < names.Length; i++) names[i] = _interp.Intern(keywords[i].Arg!);
                B.Emit(OpCode.LoadConst, Const(_interp.Tuple(names), null));
                B.Emit(OpCode.CallKw, argc);
            }
            else B.Emit(OpCode.Call, argc);
            return;
        }
        // General form: a positional tuple and a keyword dict. f(*x) passes x itself (CALL_FUNCTION_EX
        // makes the tuple, and names the callee if x is not iterable, as CPython).
        if (extraPositional == 0 && args.Count == 1 && args[0] is Starred only) CompileExpr(only.Value);
        else
        {
            B.Emit(OpCode.BuildList, extraPositional);
            foreach (var a in args)
            {
                if (a is Starred s) { CompileExpr(s.Value); B.Emit(OpCode.ListExtend, 1); }
                else { CompileExpr(a); B.Emit(OpCode.ListAppend, 1); }
            }
            B.Emit(OpCode.ListToTuple);
        }
        bool hasKw = keywords.Count > 0;
        if (hasKw)
        {
            B.Emit(OpCode.BuildMap, 0);
            bool afterMapping = false;
            foreach (var k in keywords)
            {
                if (k.Arg is null) { CompileExpr(k.Value); B.Emit(OpCode.DictMerge, 1); afterMapping = true; }
                else if (afterMapping)
                {
                    // f(**m, k=v): merged like a mapping so a key already in m is reported.
                    LoadConst(k.Arg); CompileExpr(k.Value); B.Emit(OpCode.BuildMap, 1); B.Emit(OpCode.DictMerge, 1);
                }
                else { LoadConst(k.Arg); CompileExpr(k.Value); B.Emit(OpCode.MapAdd, 1); }
            }
        }
        SetLine(node);
        B.Emit(OpCode.CallEx, hasKw ? 1 : 0);
    }

    // ---------------------------------------------------------------- comprehensions

    void CompileComprehension(Node node, List<comprehension> gens, ExprNode elt, ExprNode? value, OpCode build)
    {
        var scope = _symbols.Scopes[node];
        bool isAsyncGen = scope.IsCoroutine;
        if (scope.IsCoroutine && node is not GeneratorExp && _u.Scope.Kind != ScopeKind.Comprehension
            && !(_u.Scope.IsFunctionLike && _u.Scope.IsCoroutine))
            throw Error("asynchronous comprehension outside of an asynchronous function", node);
        B.Emit(OpCode.PushNull);
        if (node is GeneratorExp)
            EnterUnit(scope, "<genexpr>", QualNameFor("<genexpr>"), node.Lineno, node);
        else
        {
            // CPython 3.12 runs these in their enclosing frame (PEP 709): they keep its names, and
            // their frame merges into its frame in tracebacks.
            EnterUnit(scope, _u.Name, _u.QualName, node.Lineno, node);
            _u.InlinedComprehension = true;
        }
        _u.ArgCount = scope.InheritsLocals ? 2 : 1;
        Const(_interp.None, "None");
        if (build != OpCode.Nop) B.Emit(build, 0);
        CompileComprehensionGenerator(gens, 0, elt, value, build, build != OpCode.Nop ? 1 : 0);
        if (build != OpCode.Nop) B.Emit(OpCode.ReturnValue);
        else EmitReturnNone();
        var code = LeaveUnit();
        EmitMakeFunction(code, 0);
        CompileExpr(gens[0].Iter);
        B.Emit(gens[0].IsAsync != 0 ? OpCode.GetAIter : OpCode.GetIter);
        if (scope.InheritsLocals) B.Emit(OpCode.LoadLocals);
        B.Emit(OpCode.Call, scope.InheritsLocals ? 2 : 1);
        if (scope.IsCoroutine && build != OpCode.Nop)
        {
            // An async comprehension builds its result in a coroutine: await it here.
            B.Emit(OpCode.GetAwaitable);
            EmitAwaitLoop();
        }
    }

    void CompileComprehensionGenerator(List<comprehension> gens, int index, ExprNode elt, ExprNode? value, OpCode build, int depthBelow)
    {
        var gen = gens[index];
        var top = new Label();
        var end = new Label();
        if (index == 0) B.Emit(OpCode.LoadFast, 0);
        else
        {
            CompileExpr(gen.Iter);
            B.Emit(gen.IsAsync != 0 ? OpCode.GetAIter : OpCode.GetIter);
        }
        if (gen.IsAsync != 0)
        {
            var handler = new Label();
            B.Place(top);
            int depth = B.Depth;
            B.PushHandler(handler);
            B.Emit(OpCode.GetANext);
            EmitAwaitLoop();
            B.PopHandler();
            CompileStore(gen.Target);
            foreach (var cond in gen.Ifs) CompileJumpIf(cond, top, false);
            EmitComprehensionBody(gens, index, elt, value, build, depthBelow);
            B.EmitJump(OpCode.JumpBackward, top);
            B.PlaceHandler(handler, depth);
            B.Emit(OpCode.EndAsyncFor);
            return;
        }
        B.Place(top);
        B.EmitJump(OpCode.ForIter, end);
        CompileStore(gen.Target);
        foreach (var cond in gen.Ifs) CompileJumpIf(cond, top, false);
        EmitComprehensionBody(gens, index, elt, value, build, depthBelow);
        B.EmitJump(OpCode.JumpBackward, top);
        B.Place(end);
    }

    void EmitComprehensionBody(List<comprehension> gens, int index, ExprNode elt, ExprNode? value, OpCode build, int depthBelow)
    {
        if (index + 1 < gens.Count)
        {
            CompileComprehensionGenerator(gens, index + 1, elt, value, build, depthBelow);
            return;
        }
        int depth = index + 1;  // iterators above the result container
        switch (build)
        {
            case OpCode.BuildList: CompileExpr(elt); B.Emit(OpCode.ListAppend, depth + 1); break;
            case OpCode.BuildSet: CompileExpr(elt); B.Emit(OpCode.SetAdd, depth + 1); break;
            case OpCode.BuildMap: CompileExpr(elt); CompileExpr(value!); B.Emit(OpCode.MapAdd, depth + 1); break;
            default:
                CompileExpr(elt);
                if (_u.Scope.IsCoroutine) B.Emit(OpCode.CallIntrinsic, (int)IntrinsicKind.AsyncGenWrap);
                B.Emit(OpCode.YieldValue);
                B.Emit(OpCode.PopTop);
                break;
        }
    }
}
