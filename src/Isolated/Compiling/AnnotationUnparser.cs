using System.Text;
using Isolated.Modules.Ast;
using Isolated.Objects;
using Isolated.Parsing.Ast;
using Isolated.Runtime;
using Attribute = Isolated.Parsing.Ast.Attribute;
using AstTuple = Isolated.Parsing.Ast.Tuple;
using AstList = Isolated.Parsing.Ast.List;
using AstDict = Isolated.Parsing.Ast.Dict;
using AstSet = Isolated.Parsing.Ast.Set;
using AstSlice = Isolated.Parsing.Ast.Slice;

namespace Isolated.Compiling;

/// <summary>
/// The text an annotation is stored as under <c>from __future__ import annotations</c> (PEP 563):
/// the expression written back as source, with the parentheses its operators' precedence needs and
/// constants as their repr — the rendering CPython 3.12's compiler gives (which differs in places
/// from <c>ast.unparse</c>: keywords after all positional arguments, f-strings re-quoted as a whole,
/// infinities as <c>1e309</c>).
/// </summary>
public sealed class AnnotationUnparser
{
    // Precedence levels, lowest first.
    const int PrTuple = 0, PrTest = 1, PrOr = 2, PrAnd = 3, PrNot = 4, PrCmp = 5, PrExpr = 6, PrBitOr = 6, PrBitXor = 7,
              PrBitAnd = 8, PrShift = 9, PrArith = 10, PrTerm = 11, PrFactor = 12, PrPower = 13, PrAwait = 14, PrAtom = 15;

    readonly ThreadState _ts;
    readonly StringBuilder _sb = new();

    AnnotationUnparser(ThreadState ts) => _ts = ts;

    /// <summary>The annotation's source text; throws <see cref="CompileError"/> for expressions an
    /// annotation cannot hold (named expressions, yield, await).</summary>
    public static string Unparse(ThreadState ts, ExprNode annotation)
    {
        var u = new AnnotationUnparser(ts);
        u.Append(annotation, PrTest);
        return u._sb.ToString();
    }

    static CompileError Error(string what, Node node) =>
        new($"{what} cannot be used within an annotation", node.Lineno, node.ColOffset, node.EndLineno, node.EndColOffset);

    void Open(bool needed) { if (needed) _sb.Append('('); }
    void Close(bool needed) { if (needed) _sb.Append(')'); }

    void Append(ExprNode e, int level)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new InsufficientExecutionStackException();
        switch (e)
        {
            case BoolOp b:
            {
                int pr = b.Op == BoolOperator.And ? PrAnd : PrOr;
                Open(level > pr);
                for (int i = 0; i < b.Values.Count; i++)
                {
                    if (i > 0) _sb.Append(b.Op == BoolOperator.And ? " and " : " or ");
                    Append(b.Values[i], pr + 1);
                }
                Close(level > pr);
                break;
            }
            case BinOp b:
            {
                var (op, pr) = BinaryOperator(b.Op);
                bool rightAssoc = b.Op == Operator.Pow;
                Open(level > pr);
                Append(b.Left, rightAssoc ? pr + 1 : pr);
                _sb.Append(op);
                Append(b.Right, rightAssoc ? pr : pr + 1);
                Close(level > pr);
                break;
            }
            case UnaryOp u:
            {
                var (op, pr) = u.Op switch
                {
                    UnaryOperator.Not => ("not ", PrNot),
                    UnaryOperator.Invert => ("~", PrFactor),
                    UnaryOperator.UAdd => ("+", PrFactor),
                    _ => ("-", PrFactor),
                };
                Open(level > pr);
                _sb.Append(op);
                Append(u.Operand, pr);
                Close(level > pr);
                break;
            }
            case Lambda l:
                Open(level > PrTest);
                _sb.Append("lambda");
                if (HasParameters(l.Args)) _sb.Append(' ');
                AppendArguments(l.Args);
                _sb.Append(": ");
                Append(l.Body, PrTest);
                Close(level > PrTest);
                break;
            case IfExp i:
                Open(level > PrTest);
                Append(i.Body, PrTest + 1);
                _sb.Append(" if ");
                Append(i.Test, PrTest + 1);
                _sb.Append(" else ");
                Append(i.Orelse, PrTest);
                Close(level > PrTest);
                break;
            case AstDict d:
                _sb.Append('{');
                for (int i = 0; i < d.Values.Count; i++)
                {
                    if (i > 0) _sb.Append(", ");
                    if (d.Keys[i] is { } key)
                    {
                        Append(key, PrTest);
                        _sb.Append(": ");
                        Append(d.Values[i], PrTest);
                    }
                    else
                    {
                        _sb.Append("**");
                        Append(d.Values[i], PrExpr);
                    }
                }
                _sb.Append('}');
                break;
            case AstSet s:
                if (s.Elts.Count == 0) { _sb.Append("{*()}"); break; }
                _sb.Append('{');
                AppendList(s.Elts);
                _sb.Append('}');
                break;
            case ListComp c:
                _sb.Append('[');
                Append(c.Elt, PrTest);
                AppendGenerators(c.Generators);
                _sb.Append(']');
                break;
            case SetComp c:
                _sb.Append('{');
                Append(c.Elt, PrTest);
                AppendGenerators(c.Generators);
                _sb.Append('}');
                break;
            case DictComp c:
                _sb.Append('{');
                Append(c.Key, PrTest);
                _sb.Append(": ");
                Append(c.Value, PrTest);
                AppendGenerators(c.Generators);
                _sb.Append('}');
                break;
            case GeneratorExp g:
                _sb.Append('(');
                Append(g.Elt, PrTest);
                AppendGenerators(g.Generators);
                _sb.Append(')');
                break;
            case Compare c:
                Open(level > PrCmp);
                Append(c.Left, PrCmp + 1);
                for (int i = 0; i < c.Ops.Count; i++)
                {
                    _sb.Append(CompareOperator(c.Ops[i]));
                    Append(c.Comparators[i], PrCmp + 1);
                }
                Close(level > PrCmp);
                break;
            case Call c:
                AppendCall(c);
                break;
            case Constant k:
                AppendConstant(k.Value);
                break;
            case JoinedStr j:
                AppendFString(j.Values);
                break;
            case FormattedValue f:
                AppendFString([f]);
                break;
            case Attribute a:
                Append(a.Value, PrAtom);
                // "1.real" would read as a float: CPython writes "1 .real".
                if (a.Value is Constant { Value: long or System.Numerics.BigInteger }) _sb.Append(' ');
                _sb.Append('.').Append(a.Attr);
                break;
            case Subscript s:
                Append(s.Value, PrAtom);
                _sb.Append('[');
                if (s.Slice is AstTuple { Elts.Count: > 0 } index)
                {
                    AppendList(index.Elts);
                    if (index.Elts.Count == 1) _sb.Append(',');
                }
                else Append(s.Slice, PrTuple);
                _sb.Append(']');
                break;
            case Starred s:
                _sb.Append('*');
                Append(s.Value, PrExpr);
                break;
            case Name n:
                _sb.Append(n.Id);
                break;
            case AstList l:
                _sb.Append('[');
                AppendList(l.Elts);
                _sb.Append(']');
                break;
            case AstTuple t:
                if (t.Elts.Count == 0) { _sb.Append("()"); break; }
                Open(level > PrTuple);
                AppendList(t.Elts);
                if (t.Elts.Count == 1) _sb.Append(',');
                Close(level > PrTuple);
                break;
            case AstSlice s:
                if (s.Lower is not null) Append(s.Lower, PrTest);
                _sb.Append(':');
                if (s.Upper is not null) Append(s.Upper, PrTest);
                if (s.Step is not null) { _sb.Append(':'); Append(s.Step, PrTest); }
                break;
            case NamedExpr: throw Error("named expression", e);
            case Yield or YieldFrom: throw Error("yield expression", e);
            case Await: throw Error("await expression", e);
            default:
                throw new CompileError($"unknown expression kind {e.NodeName} in an annotation", e.Lineno, e.ColOffset, e.EndLineno, e.EndColOffset);
        }
    }

    void AppendList(List<ExprNode> items)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) _sb.Append(", ");
            Append(items[i], PrTest);
        }
    }

    static (string Op, int Level) BinaryOperator(Operator op) => op switch
    {
        Operator.Add => (" + ", PrArith),
        Operator.Sub => (" - ", PrArith),
        Operator.Mult => (" * ", PrTerm),
        Operator.MatMult => (" @ ", PrTerm),
        Operator.Div => (" / ", PrTerm),
        Operator.Mod => (" % ", PrTerm),
        Operator.FloorDiv => (" // ", PrTerm),
        Operator.LShift => (" << ", PrShift),
        Operator.RShift => (" >> ", PrShift),
        Operator.BitOr => (" | ", PrBitOr),
        Operator.BitXor => (" ^ ", PrBitXor),
        Operator.BitAnd => (" & ", PrBitAnd),
        _ => (" ** ", PrPower),
    };

    static string CompareOperator(CmpOperator op) => op switch
    {
        CmpOperator.Eq => " == ",
        CmpOperator.NotEq => " != ",
        CmpOperator.Lt => " < ",
        CmpOperator.LtE => " <= ",
        CmpOperator.Gt => " > ",
        CmpOperator.GtE => " >= ",
        CmpOperator.Is => " is ",
        CmpOperator.IsNot => " is not ",
        CmpOperator.In => " in ",
        _ => " not in ",
    };

    void AppendGenerators(List<comprehension> generators)
    {
        foreach (var g in generators)
        {
            _sb.Append(g.IsAsync != 0 ? " async for " : " for ");
            Append(g.Target, PrTuple);
            _sb.Append(" in ");
            Append(g.Iter, PrTest + 1);
            foreach (var cond in g.Ifs)
            {
                _sb.Append(" if ");
                Append(cond, PrTest + 1);
            }
        }
    }

    void AppendCall(Call c)
    {
        Append(c.Func, PrAtom);
        // A lone generator expression argument keeps its own parentheses: f(x for x in y).
        if (c.Args.Count == 1 && c.Keywords.Count == 0 && c.Args[0] is GeneratorExp g)
        {
            Append(g, PrAtom);
            return;
        }
        _sb.Append('(');
        bool first = true;
        foreach (var a in c.Args)
        {
            if (!first) _sb.Append(", ");
            first = false;
            Append(a, PrTest);
        }
        foreach (var k in c.Keywords)
        {
            if (!first) _sb.Append(", ");
            first = false;
            if (k.Arg is null) _sb.Append("**");
            else _sb.Append(k.Arg).Append('=');
            Append(k.Value, PrTest);
        }
        _sb.Append(')');
    }

    static bool HasParameters(arguments a) =>
        a.Posonlyargs.Count + a.Args.Count + a.Kwonlyargs.Count > 0 || a.Vararg is not null || a.Kwarg is not null;

    void AppendArguments(arguments a)
    {
        bool first = true;
        void Separator()
        {
            if (!first) _sb.Append(", ");
            first = false;
        }
        int positional = a.Posonlyargs.Count + a.Args.Count;
        int defaultStart = positional - a.Defaults.Count;
        for (int i = 0; i < positional; i++)
        {
            Separator();
            var p = i < a.Posonlyargs.Count ? a.Posonlyargs[i] : a.Args[i - a.Posonlyargs.Count];
            AppendArg(p);
            if (i >= defaultStart) { _sb.Append('='); Append(a.Defaults[i - defaultStart], PrTest); }
            if (i == a.Posonlyargs.Count - 1) { Separator(); _sb.Append('/'); }
        }
        if (a.Vararg is not null || a.Kwonlyargs.Count > 0)
        {
            Separator();
            _sb.Append('*');
            if (a.Vararg is not null) AppendArg(a.Vararg);
        }
        for (int i = 0; i < a.Kwonlyargs.Count; i++)
        {
            Separator();
            AppendArg(a.Kwonlyargs[i]);
            if (a.KwDefaults[i] is { } d) { _sb.Append('='); Append(d, PrTest); }
        }
        if (a.Kwarg is not null)
        {
            Separator();
            _sb.Append("**");
            AppendArg(a.Kwarg);
        }
    }

    void AppendArg(arg a)
    {
        _sb.Append(a.Arg);
        if (a.Annotation is not null) { _sb.Append(": "); Append(a.Annotation, PrTest); }
    }

    void AppendConstant(object? value)
    {
        if (value is AstEllipsis) { _sb.Append("..."); return; }
        var obj = AstToObjects.ConstantValue(_ts, value);
        var repr = Ops.Repr(_ts, obj) as PyStr ?? throw new PyException(_ts.CurrentException!);
        var text = repr.Value;
        // An infinite float cannot be written as a literal; 1e309 reads back as one.
        if (value is double or System.Numerics.Complex) text = text.Replace("inf", "1e309");
        _sb.Append(text);
    }

    /// <summary>An f-string: its body is built (literal braces doubled, replacement fields in
    /// braces) and then written as the repr of that body with an "f" prefix.</summary>
    void AppendFString(List<ExprNode> values)
    {
        var body = new AnnotationUnparser(_ts);
        body.AppendFStringBody(values);
        var repr = Ops.Repr(_ts, _ts.Interpreter.Str(body._sb.ToString())) as PyStr ?? throw new PyException(_ts.CurrentException!);
        _sb.Append('f').Append(repr.Value);
    }

    void AppendFStringBody(List<ExprNode> values)
    {
        foreach (var v in values)
        {
            switch (v)
            {
                case Constant { Value: string s }:
                    _sb.Append(s.Replace("{", "{{").Replace("}", "}}"));
                    break;
                case FormattedValue f:
                {
                    var inner = new AnnotationUnparser(_ts);
                    inner.Append(f.Value, PrTest + 1);
                    var text = inner._sb.ToString();
                    _sb.Append('{');
                    // "{{" would read as a literal brace.
                    if (text.StartsWith('{')) _sb.Append(' ');
                    _sb.Append(text);
                    if (f.Conversion > 0) _sb.Append('!').Append((char)f.Conversion);
                    if (f.FormatSpec is JoinedStr spec)
                    {
                        _sb.Append(':');
                        AppendFStringBody(spec.Values);
                    }
                    _sb.Append('}');
                    break;
                }
                case JoinedStr j:
                    AppendFStringBody(j.Values);
                    break;
                default:
                    throw new CompileError($"unexpected {v.NodeName} in an f-string", v.Lineno, v.ColOffset, v.EndLineno, v.EndColOffset);
            }
        }
    }
}
