using Isolated.Objects;
using Isolated.Parsing;
using Isolated.Parsing.Ast;
using Isolated.Runtime;
using ThreadState = Isolated.Runtime.ThreadState;

namespace Isolated.Tests.Containers;

/// <summary>
/// A tiny tree-walking evaluator for the container case table, so the cases run before (and
/// independently of) the compiler and VM: literals, names from builtins and earlier assignments,
/// attribute access, calls with keywords, subscripts and slices, binary/unary operators,
/// single comparisons, assignment (to names and subscripts), augmented assignment, del of
/// subscripts. Every operation goes through Ops, so the containers are exercised exactly as
/// the VM will exercise them.
/// </summary>
public sealed class MiniEval
{
    readonly ThreadState _ts;
    readonly Interpreter _interp;
    readonly PyDict _builtins;
    readonly Dictionary<string, PyObject> _vars = new();

    public MiniEval(ThreadState ts, PyDict builtins)
    {
        _ts = ts;
        _interp = ts.Interpreter;
        _builtins = builtins;
    }

    sealed class Failed : Exception { }

    /// <summary>Runs the statements of <paramref name="source"/>; returns repr() of the last
    /// expression, or "!! Type: message" when an operation failed.</summary>
    public string Run(string source)
    {
        var module = Parser.ParseModule(source);
        try
        {
            PyObject? last = null;
            foreach (var stmt in module.Body) last = Exec(stmt);
            if (last is null) return "None";
            var r = Ops.Repr(_ts, last) ?? throw new Failed();
            return ((PyStr)r).Value;
        }
        catch (Failed)
        {
            var e = _ts.FetchError();
            if (e is null) return "!! <no exception set>";
            string msg = "";
            if (e.Args.Count == 1 && Ops.Str(_ts, e.Args[0]) is PyStr s)
                msg = e.Type.Name == "KeyError" ? ((PyStr)Ops.Repr(_ts, e.Args[0])!).Value : s.Value;
            else if (e.Args.Count > 1 && Ops.Str(_ts, e.Args) is PyStr st) msg = st.Value;
            _ts.CurrentException = null;
            return $"!! {e.Type.Name}: {msg}";
        }
    }

    PyObject Check(PyObject? o) => o ?? throw new Failed();

    void Check(bool ok)
    {
        if (!ok) throw new Failed();
    }

    PyObject? Exec(StmtNode stmt)
    {
        switch (stmt)
        {
            case Expr e:
                return Eval(e.Value);
            case Assign a:
            {
                var value = Eval(a.Value);
                foreach (var target in a.Targets) Store(target, value);
                return null;
            }
            case AugAssign aug:
            {
                var current = Eval(aug.Target);
                var rhs = Eval(aug.Value);
                var result = Check(aug.Op switch
                {
                    Operator.Add => Ops.InplaceAdd(_ts, current, rhs),
                    Operator.Sub => Ops.InplaceSubtract(_ts, current, rhs),
                    Operator.Mult => Ops.InplaceMultiply(_ts, current, rhs),
                    Operator.BitOr => Ops.InplaceOr(_ts, current, rhs),
                    Operator.BitAnd => Ops.InplaceAnd(_ts, current, rhs),
                    Operator.BitXor => Ops.InplaceXor(_ts, current, rhs),
                    _ => throw new NotSupportedException(aug.Op.ToString()),
                });
                Store(aug.Target, result);
                return null;
            }
            case Delete d:
                foreach (var target in d.Targets)
                {
                    if (target is not Subscript sub) throw new NotSupportedException("del of " + target.NodeName);
                    Check(Ops.DelItem(_ts, Eval(sub.Value), Index(sub.Slice)));
                }
                return null;
            default:
                throw new NotSupportedException(stmt.NodeName);
        }
    }

    void Store(ExprNode target, PyObject value)
    {
        switch (target)
        {
            case Name n:
                _vars[n.Id] = value;
                break;
            case Subscript sub:
                Check(Ops.SetItem(_ts, Eval(sub.Value), Index(sub.Slice), value));
                break;
            case Isolated.Parsing.Ast.Tuple t:
            {
                var items = new PyObject[t.Elts.Count];
                Check(Ops.Unpack(_ts, value, items));
                for (int i = 0; i < items.Length; i++) Store(t.Elts[i], items[i]);
                break;
            }
            default:
                throw new NotSupportedException("assignment to " + target.NodeName);
        }
    }

    PyObject Index(ExprNode slice)
    {
        if (slice is Slice s)
            return Ops.NewSlice(_ts, s.Lower is null ? null : Eval(s.Lower), s.Upper is null ? null : Eval(s.Upper), s.Step is null ? null : Eval(s.Step));
        return Eval(slice);
    }

    PyObject[] EvalAll(List<ExprNode> nodes)
    {
        var list = new List<PyObject>();
        foreach (var n in nodes)
        {
            if (n is Starred st)
            {
                var items = Ops.ToArray(_ts, Eval(st.Value));
                if (items is null) throw new Failed();
                list.AddRange(items);
            }
            else list.Add(Eval(n));
        }
        return list.ToArray();
    }

    public PyObject Eval(ExprNode node)
    {
        switch (node)
        {
            case Constant c:
                return c.Value switch
                {
                    null => _interp.None,
                    bool b => _interp.Bool(b),
                    long l => _interp.Int(l),
                    System.Numerics.BigInteger bi => _interp.Int(bi),
                    double d => FloatType.New(_interp, d),
                    string s => _interp.Str(s),
                    AstEllipsis => _interp.Ellipsis,
                    _ => throw new NotSupportedException(c.Value.GetType().Name),
                };
            case Name n:
                if (_vars.TryGetValue(n.Id, out var v)) return v;
                return _builtins.GetStr(n.Id) ?? throw new NotSupportedException("name " + n.Id);
            case Isolated.Parsing.Ast.List l:
                return ListType.FromArray(_interp, EvalAll(l.Elts));
            case Isolated.Parsing.Ast.Tuple t:
                return _interp.Tuple(EvalAll(t.Elts));
            case Isolated.Parsing.Ast.Set s:
            {
                var set = SetType.NewSet(_interp);
                foreach (var x in EvalAll(s.Elts)) Check(set.Add(_ts, x) >= 0);
                return set;
            }
            case Isolated.Parsing.Ast.Dict d:
            {
                var dict = _interp.NewDict();
                for (int i = 0; i < d.Keys.Count; i++)
                {
                    var value = Eval(d.Values[i]);
                    if (d.Keys[i] is null) Check(DictType.UpdateFrom(_ts, dict, value));
                    else Check(dict.TrySetItem(_ts, Eval(d.Keys[i]!), value));
                }
                return dict;
            }
            case Isolated.Parsing.Ast.Attribute a:
                return Check(Ops.GetAttr(_ts, Eval(a.Value), a.Attr));
            case Subscript sub:
                return Check(Ops.GetItem(_ts, Eval(sub.Value), Index(sub.Slice)));
            case Call call:
            {
                var f = Eval(call.Func);
                var args = EvalAll(call.Args);
                if (call.Keywords.Count == 0) return Check(Ops.Call(_ts, f, args));
                var all = new PyObject[args.Length + call.Keywords.Count];
                args.CopyTo(all, 0);
                var names = new PyObject[call.Keywords.Count];
                for (int i = 0; i < call.Keywords.Count; i++)
                {
                    all[args.Length + i] = Eval(call.Keywords[i].Value);
                    names[i] = _interp.Str(call.Keywords[i].Arg ?? throw new NotSupportedException("**kwargs"));
                }
                return Check(Ops.Call(_ts, f, all, _interp.Tuple(names)));
            }
            case BinOp b:
            {
                var left = Eval(b.Left);
                var right = Eval(b.Right);
                return Check(b.Op switch
                {
                    Operator.Add => Ops.Add(_ts, left, right),
                    Operator.Sub => Ops.Subtract(_ts, left, right),
                    Operator.Mult => Ops.Multiply(_ts, left, right),
                    Operator.Div => Ops.TrueDivide(_ts, left, right),
                    Operator.FloorDiv => Ops.FloorDivide(_ts, left, right),
                    Operator.Mod => Ops.Remainder(_ts, left, right),
                    Operator.BitOr => Ops.Or(_ts, left, right),
                    Operator.BitAnd => Ops.And(_ts, left, right),
                    Operator.BitXor => Ops.Xor(_ts, left, right),
                    Operator.Pow => Ops.Power(_ts, left, right, _interp.None),
                    _ => throw new NotSupportedException(b.Op.ToString()),
                });
            }
            case UnaryOp u:
            {
                var operand = Eval(u.Operand);
                switch (u.Op)
                {
                    case UnaryOperator.USub: return Check(Ops.Negative(_ts, operand));
                    case UnaryOperator.Not:
                        int t = Ops.IsTrue(_ts, operand);
                        Check(t >= 0);
                        return _interp.Bool(t == 0);
                    default: throw new NotSupportedException(u.Op.ToString());
                }
            }
            case Compare cmp:
            {
                if (cmp.Ops.Count != 1) throw new NotSupportedException("chained comparison");
                var left = Eval(cmp.Left);
                var right = Eval(cmp.Comparators[0]);
                switch (cmp.Ops[0])
                {
                    case CmpOperator.In:
                    case CmpOperator.NotIn:
                        int c = Ops.Contains(_ts, right, left);
                        Check(c >= 0);
                        return _interp.Bool((c > 0) == (cmp.Ops[0] == CmpOperator.In));
                    case CmpOperator.Is: return _interp.Bool(ReferenceEquals(left, right));
                    case CmpOperator.IsNot: return _interp.Bool(!ReferenceEquals(left, right));
                }
                var op = cmp.Ops[0] switch
                {
                    CmpOperator.Eq => CompareOp.Eq,
                    CmpOperator.NotEq => CompareOp.Ne,
                    CmpOperator.Lt => CompareOp.Lt,
                    CmpOperator.LtE => CompareOp.Le,
                    CmpOperator.Gt => CompareOp.Gt,
                    _ => CompareOp.Ge,
                };
                return Check(Ops.RichCompare(_ts, left, right, op));
            }
            default:
                throw new NotSupportedException(node.NodeName);
        }
    }
}
