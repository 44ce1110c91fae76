using System.Numerics;
using Isolated.Execution.Import;
using Isolated.Objects;
using Isolated.Parsing.Ast;
using Isolated.Runtime;
using AstList = Isolated.Parsing.Ast.List;
using AstTuple = Isolated.Parsing.Ast.Tuple;
using AstDict = Isolated.Parsing.Ast.Dict;
using AstSet = Isolated.Parsing.Ast.Set;
using AstSlice = Isolated.Parsing.Ast.Slice;
using Attribute = Isolated.Parsing.Ast.Attribute;
using FunctionType = Isolated.Parsing.Ast.FunctionType;

namespace Isolated.Modules.Ast;

/// <summary>
/// The reverse of <see cref="AstToObjects"/>: reads a tree of <c>_ast</c> node objects (as built or
/// transformed by Python code) into the parser's syntax tree, so <c>compile(tree, filename, mode)</c>
/// can compile it. Malformed trees get CPython's TypeError/ValueError messages (missing or mistyped
/// fields, wrong expression contexts, empty bodies, invalid constants...).
/// </summary>
public sealed class AstFromObjects
{
    readonly ThreadState _ts;
    readonly Interpreter _interp;
    readonly PyObject _astModule;
    readonly Dictionary<string, PyObject?> _classes = new();
    int _depth;

    AstFromObjects(ThreadState ts, PyObject astModule)
    {
        _ts = ts;
        _interp = ts.Interpreter;
        _astModule = astModule;
    }

    /// <summary>1 when <paramref name="obj"/> is an <c>ast.AST</c> instance, 0 when not, -1 on error.</summary>
    public static int IsAst(ThreadState ts, PyObject obj)
    {
        // Only a program that has imported ast can hold AST objects.
        var module = ts.Interpreter.Modules.GetStr("_ast");
        if (module is null || module is PyModule == false) return 0;
        var astClass = Ops.GetAttr(ts, module, "AST");
        if (astClass is null) return -1;
        return Ops.IsInstance(ts, obj, astClass);
    }

    /// <summary>The syntax tree for <paramref name="obj"/>, which must be the mod node that
    /// <paramref name="mode"/> expects ("exec" Module, "eval" Expression, "single" Interactive,
    /// "func_type" FunctionType); null with the error set otherwise.</summary>
    public static ModNode? Convert(ThreadState ts, PyObject obj, string mode)
    {
        var module = ImportSystem.ImportModule(ts, "_ast");
        if (module is null) return null;
        var reader = new AstFromObjects(ts, module);
        string expected = mode switch { "eval" => "Expression", "single" => "Interactive", "func_type" => "FunctionType", _ => "Module" };
        try
        {
            var cls = reader.Class(expected);
            int ok = Ops.IsInstance(ts, obj, cls);
            if (ok < 0) return null;
            if (ok == 0)
                return reader.Fail<ModNode>(ExceptionKind.TypeError, $"expected {expected} node, got {obj.Type.Name}");
            return reader.Mod(obj, expected);
        }
        catch (PyException e)
        {
            ts.CurrentException = e.Value;
            return null;
        }
    }

    // ================================================================ helpers

    T Fail<T>(ExceptionKind kind, string message) => throw new PyException(_interp.NewException(kind, message));

    PyObject Check(PyObject? result) => result ?? throw new PyException(_ts.CurrentException ?? _interp.NewException(ExceptionKind.SystemError, "AST conversion failed"));

    PyObject Class(string name)
    {
        if (!_classes.TryGetValue(name, out var cls)) _classes[name] = cls = Check(Ops.GetAttr(_ts, _astModule, name));
        return cls!;
    }

    /// <summary>The concrete <c>_ast</c> class name of <paramref name="obj"/> when it is an instance
    /// of the sum type <paramref name="sum"/> (subclasses of node classes count as their base).</summary>
    string Kind(PyObject obj, string sum)
    {
        int ok = Ops.IsInstance(_ts, obj, Class(sum));
        if (ok < 0) Check(null);
        if (ok > 0)
        {
            foreach (var t in obj.Type.Mro)
            {
                int found = Ops.LookupAttr(_ts, _astModule, _interp.Str(t.Name), out var attr);
                if (found < 0) Check(null);
                if (found > 0 && ReferenceEquals(attr, t)) return t.Name;
            }
        }
        var repr = Ops.Repr(_ts, obj) as PyStr;
        return Fail<string>(ExceptionKind.TypeError, $"expected some sort of {sum}, but got {repr?.Value ?? obj.Type.Name}");
    }

    PyObject? Field(PyObject obj, string name)
    {
        int found = Ops.LookupAttr(_ts, obj, _interp.Str(name), out var value);
        if (found < 0) Check(null);
        return found == 0 || ReferenceEquals(value, _interp.None) ? null : value;
    }

    PyObject Required(PyObject obj, string name, string owner) =>
        Field(obj, name) ?? Fail<PyObject>(ExceptionKind.TypeError, $"required field \"{name}\" missing from {owner}");

    List<PyObject> Sequence(PyObject obj, string name, string owner)
    {
        var result = new List<PyObject>();
        var value = Field(obj, name);
        if (value is null) return result;   // a missing sequence field is an empty one (as CPython 3.12)
        if (value is not PyList list)
            return Fail<List<PyObject>>(ExceptionKind.TypeError, $"{owner} field \"{name}\" must be a list, not a {value.Type.Name}");
        result.AddRange(list.AsSpan());
        return result;
    }

    void Enter()
    {
        if (++_depth > 1000 || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            Fail<int>(ExceptionKind.RecursionError, "maximum recursion depth exceeded during compilation");
    }

    string Identifier(PyObject value)
    {
        if (value is not PyStr s) return Fail<string>(ExceptionKind.TypeError, "AST identifier must be of type str");
        return s.Value;
    }

    string Ident(PyObject obj, string name, string owner) => Identifier(Required(obj, name, owner));
    string? OptIdent(PyObject obj, string name) => Field(obj, name) is { } v ? Identifier(v) : null;

    string? OptString(PyObject obj, string name)
    {
        var v = Field(obj, name);
        if (v is null) return null;
        if (v is not PyStr s) return Fail<string>(ExceptionKind.TypeError, "AST string must be of type str");
        return s.Value;
    }

    int IntValue(PyObject value)
    {
        if (value is PyInt i && i.IsSmall && i.Small >= int.MinValue && i.Small <= int.MaxValue) return (int)i.Small;
        var repr = Ops.Repr(_ts, value) as PyStr;
        return Fail<int>(ExceptionKind.ValueError, $"invalid integer value: {repr?.Value}");
    }

    int Int(PyObject obj, string name, string owner) => IntValue(Required(obj, name, owner));

    /// <summary>lineno, col_offset (required) and end_lineno, end_col_offset (default: the start).</summary>
    (int Line, int Col, int EndLine, int EndCol) Position(PyObject obj, string owner)
    {
        int line = Int(obj, "lineno", owner);
        int col = Int(obj, "col_offset", owner);
        int endLine = Field(obj, "end_lineno") is { } el ? IntValue(el) : line;
        int endCol = Field(obj, "end_col_offset") is { } ec ? IntValue(ec) : col;
        return (line, col, endLine, endCol);
    }

    // ================================================================ mod

    ModNode Mod(PyObject obj, string kind)
    {
        switch (kind)
        {
            case "Module":
                return new Module(Stmts(obj, "body", kind), TypeIgnores(obj));
            case "Interactive":
                return new Interactive(Stmts(obj, "body", kind));
            case "Expression":
                return new Expression(Expr(obj, "body", kind));
            default:
                return new FunctionType(Exprs(obj, "argtypes", kind), Expr(obj, "returns", kind));
        }
    }

    List<TypeIgnoreNode> TypeIgnores(PyObject obj)
    {
        var result = new List<TypeIgnoreNode>();
        foreach (var item in Sequence(obj, "type_ignores", "Module"))
        {
            Kind(item, "type_ignore");
            result.Add(new TypeIgnore(Int(item, "lineno", "TypeIgnore"), OptString(item, "tag") ?? Fail<string>(ExceptionKind.TypeError, "required field \"tag\" missing from TypeIgnore")));
        }
        return result;
    }

    // ================================================================ statements

    List<StmtNode> Stmts(PyObject obj, string name, string owner)
    {
        var items = Sequence(obj, name, owner);
        var result = new List<StmtNode>(items.Count);
        foreach (var item in items) result.Add(Stmt(item));
        return result;
    }

    List<StmtNode> Body(PyObject obj, string owner)
    {
        var body = Stmts(obj, "body", owner);
        if (body.Count == 0) Fail<int>(ExceptionKind.ValueError, $"empty body on {owner}");
        return body;
    }

    StmtNode Stmt(PyObject obj)
    {
        Enter();
        var (l, c, el, ec) = Position(obj, "stmt");
        var k = Kind(obj, "stmt");
        StmtNode result = k switch
        {
            "FunctionDef" => new FunctionDef(Ident(obj, "name", k), Arguments(obj), Body(obj, k), Exprs(obj, "decorator_list", k),
                OptExpr(obj, "returns"), OptString(obj, "type_comment"), TypeParams(obj, k), l, c, el, ec),
            "AsyncFunctionDef" => new AsyncFunctionDef(Ident(obj, "name", k), Arguments(obj), Body(obj, k), Exprs(obj, "decorator_list", k),
                OptExpr(obj, "returns"), OptString(obj, "type_comment"), TypeParams(obj, k), l, c, el, ec),
            "ClassDef" => new ClassDef(Ident(obj, "name", k), Exprs(obj, "bases", k), Keywords(obj, k), Body(obj, k),
                Exprs(obj, "decorator_list", k), TypeParams(obj, k), l, c, el, ec),
            "Return" => new Return(OptExpr(obj, "value"), l, c, el, ec),
            "Delete" => new Delete(Exprs(obj, "targets", k, ExprContext.Del), l, c, el, ec),
            "Assign" => Assign(obj, l, c, el, ec),
            "TypeAlias" => new TypeAlias(Expr(obj, "name", k, ExprContext.Store), TypeParams(obj, k), Expr(obj, "value", k), l, c, el, ec),
            "AugAssign" => new AugAssign(Expr(obj, "target", k, ExprContext.Store), Op<global::Isolated.Parsing.Ast.Operator>(Required(obj, "op", k), "operator"),
                Expr(obj, "value", k), l, c, el, ec),
            "AnnAssign" => new AnnAssign(Expr(obj, "target", k, ExprContext.Store), Expr(obj, "annotation", k), OptExpr(obj, "value"),
                Int(obj, "simple", k), l, c, el, ec),
            "For" => new For(Expr(obj, "target", k, ExprContext.Store), Expr(obj, "iter", k), Body(obj, k), Stmts(obj, "orelse", k),
                OptString(obj, "type_comment"), l, c, el, ec),
            "AsyncFor" => new AsyncFor(Expr(obj, "target", k, ExprContext.Store), Expr(obj, "iter", k), Body(obj, k), Stmts(obj, "orelse", k),
                OptString(obj, "type_comment"), l, c, el, ec),
            "While" => new While(Expr(obj, "test", k), Body(obj, k), Stmts(obj, "orelse", k), l, c, el, ec),
            "If" => new If(Expr(obj, "test", k), Body(obj, k), Stmts(obj, "orelse", k), l, c, el, ec),
            "With" => new With(WithItems(obj, k), Body(obj, k), OptString(obj, "type_comment"), l, c, el, ec),
            "AsyncWith" => new AsyncWith(WithItems(obj, k), Body(obj, k), OptString(obj, "type_comment"), l, c, el, ec),
            "Match" => Match(obj, l, c, el, ec),
            "Raise" => Raise(obj, l, c, el, ec),
            "Try" => Try(obj, k, l, c, el, ec),
            "TryStar" => Try(obj, k, l, c, el, ec),
            "Assert" => new Assert(Expr(obj, "test", k), OptExpr(obj, "msg"), l, c, el, ec),
            "Import" => new Import(Aliases(obj, k), l, c, el, ec),
            "ImportFrom" => ImportFrom(obj, l, c, el, ec),
            "Global" => new Global(Names(obj, k), l, c, el, ec),
            "Nonlocal" => new Nonlocal(Names(obj, k), l, c, el, ec),
            "Expr" => new Expr(Expr(obj, "value", k), l, c, el, ec),
            "Pass" => new Pass(l, c, el, ec),
            "Break" => new Break(l, c, el, ec),
            "Continue" => new Continue(l, c, el, ec),
            _ => Fail<StmtNode>(ExceptionKind.TypeError, $"expected some sort of stmt, but got {k}"),
        };
        _depth--;
        return result;
    }

    StmtNode Assign(PyObject obj, int l, int c, int el, int ec)
    {
        var targets = Exprs(obj, "targets", "Assign", ExprContext.Store);
        if (targets.Count == 0) Fail<int>(ExceptionKind.ValueError, "empty targets on Assign");
        return new Assign(targets, Expr(obj, "value", "Assign"), OptString(obj, "type_comment"), l, c, el, ec);
    }

    StmtNode Raise(PyObject obj, int l, int c, int el, int ec)
    {
        var exc = OptExpr(obj, "exc");
        var cause = OptExpr(obj, "cause");
        if (exc is null && cause is not null) Fail<int>(ExceptionKind.ValueError, "Raise with cause but no exception");
        return new Raise(exc, cause, l, c, el, ec);
    }

    StmtNode Try(PyObject obj, string k, int l, int c, int el, int ec)
    {
        var body = Body(obj, k);
        var handlers = new List<ExceptHandlerNode>();
        foreach (var h in Sequence(obj, "handlers", k)) handlers.Add(Handler(h));
        var orelse = Stmts(obj, "orelse", k);
        var finalbody = Stmts(obj, "finalbody", k);
        if (handlers.Count == 0 && finalbody.Count == 0) Fail<int>(ExceptionKind.ValueError, $"{k} has neither except handlers nor finalbody");
        if (handlers.Count == 0 && orelse.Count > 0) Fail<int>(ExceptionKind.ValueError, $"{k} has orelse but no except handlers");
        return k == "Try" ? new Try(body, handlers, orelse, finalbody, l, c, el, ec) : new TryStar(body, handlers, orelse, finalbody, l, c, el, ec);
    }

    ExceptHandlerNode Handler(PyObject obj)
    {
        Kind(obj, "excepthandler");
        var (l, c, el, ec) = Position(obj, "excepthandler");
        return new ExceptHandler(OptExpr(obj, "type"), OptIdent(obj, "name"), Body(obj, "ExceptHandler"), l, c, el, ec);
    }

    StmtNode ImportFrom(PyObject obj, int l, int c, int el, int ec)
    {
        int level = Field(obj, "level") is { } lv ? IntValue(lv) : 0;
        if (level < 0) Fail<int>(ExceptionKind.ValueError, "Negative ImportFrom level");
        return new ImportFrom(OptIdent(obj, "module"), Aliases(obj, "ImportFrom"), level, l, c, el, ec);
    }

    StmtNode Match(PyObject obj, int l, int c, int el, int ec)
    {
        var subject = Expr(obj, "subject", "Match");
        var cases = new List<match_case>();
        foreach (var item in Sequence(obj, "cases", "Match"))
        {
            Kind(item, "match_case");
            cases.Add(new match_case(Pattern(Required(item, "pattern", "match_case")), OptExpr(item, "guard"), Body(item, "match_case")));
        }
        if (cases.Count == 0) Fail<int>(ExceptionKind.ValueError, "empty cases on Match");
        return new Match(subject, cases, l, c, el, ec);
    }

    List<string> Names(PyObject obj, string owner)
    {
        var result = new List<string>();
        foreach (var item in Sequence(obj, "names", owner)) result.Add(Identifier(item));
        if (result.Count == 0) Fail<int>(ExceptionKind.ValueError, $"empty names on {owner}");
        return result;
    }

    List<alias> Aliases(PyObject obj, string owner)
    {
        var result = new List<alias>();
        foreach (var item in Sequence(obj, "names", owner))
        {
            Kind(item, "alias");
            var (l, c, el, ec) = Position(item, "alias");
            result.Add(new alias(Ident(item, "name", "alias"), OptIdent(item, "asname"), l, c, el, ec));
        }
        if (result.Count == 0) Fail<int>(ExceptionKind.ValueError, $"empty names on {owner}");
        return result;
    }

    List<withitem> WithItems(PyObject obj, string owner)
    {
        var result = new List<withitem>();
        foreach (var item in Sequence(obj, "items", owner))
        {
            Kind(item, "withitem");
            result.Add(new withitem(Expr(item, "context_expr", "withitem"), OptExpr(item, "optional_vars", ExprContext.Store)));
        }
        if (result.Count == 0) Fail<int>(ExceptionKind.ValueError, $"empty items on {owner}");
        return result;
    }

    List<keyword> Keywords(PyObject obj, string owner)
    {
        var result = new List<keyword>();
        foreach (var item in Sequence(obj, "keywords", owner))
        {
            Kind(item, "keyword");
            var (l, c, el, ec) = Position(item, "keyword");
            result.Add(new keyword(OptIdent(item, "arg"), Expr(item, "value", "keyword"), l, c, el, ec));
        }
        return result;
    }

    List<TypeParamNode> TypeParams(PyObject obj, string owner)
    {
        var result = new List<TypeParamNode>();
        foreach (var item in Sequence(obj, "type_params", owner))
        {
            var k = Kind(item, "type_param");
            var (l, c, el, ec) = Position(item, "type_param");
            result.Add(k switch
            {
                "TypeVar" => new TypeVar(Ident(item, "name", k), OptExpr(item, "bound"), l, c, el, ec),
                "ParamSpec" => new ParamSpec(Ident(item, "name", k), l, c, el, ec),
                _ => new TypeVarTuple(Ident(item, "name", k), l, c, el, ec),
            });
        }
        return result;
    }

    arguments Arguments(PyObject owner) => ArgumentsOf(Required(owner, "args", owner.Type.Name));

    arguments ArgumentsOf(PyObject obj)
    {
        Kind(obj, "arguments");
        var posonly = Args(obj, "posonlyargs");
        var args = Args(obj, "args");
        var vararg = Field(obj, "vararg") is { } va ? Arg(va) : null;
        var kwonly = Args(obj, "kwonlyargs");
        var kwDefaults = new List<ExprNode?>();
        foreach (var item in Sequence(obj, "kw_defaults", "arguments"))
            kwDefaults.Add(ReferenceEquals(item, _interp.None) ? null : ExprOf(item, ExprContext.Load));
        var kwarg = Field(obj, "kwarg") is { } ka ? Arg(ka) : null;
        var defaults = Exprs(obj, "defaults", "arguments");
        if (defaults.Count > posonly.Count + args.Count)
            Fail<int>(ExceptionKind.ValueError, "more positional defaults than args on arguments");
        if (kwDefaults.Count != kwonly.Count)
            Fail<int>(ExceptionKind.ValueError, "length of kwonlyargs is not the same as kw_defaults on arguments");
        return new arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    List<arg> Args(PyObject obj, string name)
    {
        var result = new List<arg>();
        foreach (var item in Sequence(obj, name, "arguments")) result.Add(Arg(item));
        return result;
    }

    arg Arg(PyObject obj)
    {
        Kind(obj, "arg");
        var (l, c, el, ec) = Position(obj, "arg");
        return new arg(Ident(obj, "arg", "arg"), OptExpr(obj, "annotation"), OptString(obj, "type_comment"), l, c, el, ec);
    }

    // ================================================================ expressions

    ExprNode Expr(PyObject obj, string name, string owner, ExprContext ctx = ExprContext.Load) => ExprOf(Required(obj, name, owner), ctx);

    ExprNode? OptExpr(PyObject obj, string name, ExprContext ctx = ExprContext.Load) => Field(obj, name) is { } v ? ExprOf(v, ctx) : null;

    List<ExprNode> Exprs(PyObject obj, string name, string owner, ExprContext ctx = ExprContext.Load)
    {
        var items = Sequence(obj, name, owner);
        var result = new List<ExprNode>(items.Count);
        foreach (var item in items) result.Add(ExprOf(item, ctx));
        return result;
    }

    T Op<T>(PyObject obj, string sum) where T : struct, Enum
    {
        var k = Kind(obj, sum);
        return Enum.Parse<T>(k);
    }

    ExprContext Context(PyObject obj, string owner, ExprContext expected)
    {
        var actual = Op<ExprContext>(Required(obj, "ctx", owner), "expr_context");
        if (actual != expected)
            Fail<int>(ExceptionKind.ValueError, $"expression must have {expected} context but has {actual} instead");
        return actual;
    }

    /// <summary>An expression in a position that needs context <paramref name="ctx"/> (Store for
    /// assignment targets, Del for del targets, Load elsewhere).</summary>
    ExprNode ExprOf(PyObject obj, ExprContext ctx)
    {
        Enter();
        var (l, c, el, ec) = Position(obj, "expr");
        var k = Kind(obj, "expr");
        bool load = ctx == ExprContext.Load;
        ExprNode result = k switch
        {
            "Name" => Name(obj, ctx, l, c, el, ec),
            "Attribute" => new Attribute(Expr(obj, "value", k), Ident(obj, "attr", k), Context(obj, k, ctx), l, c, el, ec),
            "Subscript" => new Subscript(Expr(obj, "value", k), Expr(obj, "slice", k), Context(obj, k, ctx), l, c, el, ec),
            "Starred" => new Starred(Expr(obj, "value", k, ctx), Context(obj, k, ctx), l, c, el, ec),
            "List" => new AstList(Exprs(obj, "elts", k, ctx), Context(obj, k, ctx), l, c, el, ec),
            "Tuple" => new AstTuple(Exprs(obj, "elts", k, ctx), Context(obj, k, ctx), l, c, el, ec),
            _ when !load => Fail<ExprNode>(ExceptionKind.ValueError, $"expression which can't be assigned to in {ctx} context"),
            "BoolOp" => BoolOp(obj, l, c, el, ec),
            "NamedExpr" => new NamedExpr(Expr(obj, "target", k, ExprContext.Store), Expr(obj, "value", k), l, c, el, ec),
            "BinOp" => new BinOp(Expr(obj, "left", k), Op<global::Isolated.Parsing.Ast.Operator>(Required(obj, "op", k), "operator"), Expr(obj, "right", k), l, c, el, ec),
            "UnaryOp" => new UnaryOp(Op<UnaryOperator>(Required(obj, "op", k), "unaryop"), Expr(obj, "operand", k), l, c, el, ec),
            "Lambda" => new Lambda(ArgumentsOf(Required(obj, "args", k)), Expr(obj, "body", k), l, c, el, ec),
            "IfExp" => new IfExp(Expr(obj, "test", k), Expr(obj, "body", k), Expr(obj, "orelse", k), l, c, el, ec),
            "Dict" => Dict(obj, l, c, el, ec),
            "Set" => new AstSet(Exprs(obj, "elts", k), l, c, el, ec),
            "ListComp" => new ListComp(Expr(obj, "elt", k), Generators(obj, k), l, c, el, ec),
            "SetComp" => new SetComp(Expr(obj, "elt", k), Generators(obj, k), l, c, el, ec),
            "DictComp" => new DictComp(Expr(obj, "key", k), Expr(obj, "value", k), Generators(obj, k), l, c, el, ec),
            "GeneratorExp" => new GeneratorExp(Expr(obj, "elt", k), Generators(obj, k), l, c, el, ec),
            "Await" => new Await(Expr(obj, "value", k), l, c, el, ec),
            "Yield" => new Yield(OptExpr(obj, "value"), l, c, el, ec),
            "YieldFrom" => new YieldFrom(Expr(obj, "value", k), l, c, el, ec),
            "Compare" => Compare(obj, l, c, el, ec),
            "Call" => new Call(Expr(obj, "func", k), Exprs(obj, "args", k), Keywords(obj, k), l, c, el, ec),
            "FormattedValue" => new FormattedValue(Expr(obj, "value", k), Int(obj, "conversion", k), OptExpr(obj, "format_spec"), l, c, el, ec),
            "JoinedStr" => new JoinedStr(Exprs(obj, "values", k), l, c, el, ec),
            "Constant" => new Constant(ConstantValue(Field(obj, "value")), OptString(obj, "kind"), l, c, el, ec),
            "Slice" => new AstSlice(OptExpr(obj, "lower"), OptExpr(obj, "upper"), OptExpr(obj, "step"), l, c, el, ec),
            _ => Fail<ExprNode>(ExceptionKind.TypeError, $"expected some sort of expr, but got {k}"),
        };
        _depth--;
        return result;
    }

    ExprNode Name(PyObject obj, ExprContext ctx, int l, int c, int el, int ec)
    {
        var id = Ident(obj, "id", "Name");
        if (id is "None" or "True" or "False")
            Fail<int>(ExceptionKind.ValueError, $"identifier field can't represent '{id}' constant");
        return new Name(id, Context(obj, "Name", ctx), l, c, el, ec);
    }

    ExprNode BoolOp(PyObject obj, int l, int c, int el, int ec)
    {
        var op = Op<BoolOperator>(Required(obj, "op", "BoolOp"), "boolop");
        var values = Exprs(obj, "values", "BoolOp");
        if (values.Count < 2) Fail<int>(ExceptionKind.ValueError, "BoolOp with less than 2 values");
        return new BoolOp(op, values, l, c, el, ec);
    }

    ExprNode Dict(PyObject obj, int l, int c, int el, int ec)
    {
        var keys = new List<ExprNode?>();
        foreach (var item in Sequence(obj, "keys", "Dict"))
            keys.Add(ReferenceEquals(item, _interp.None) ? null : ExprOf(item, ExprContext.Load));
        var values = Exprs(obj, "values", "Dict");
        if (keys.Count != values.Count) Fail<int>(ExceptionKind.ValueError, "Dict doesn't have the same number of keys as values");
        return new AstDict(keys, values, l, c, el, ec);
    }

    ExprNode Compare(PyObject obj, int l, int c, int el, int ec)
    {
        var left = Expr(obj, "left", "Compare");
        var ops = new List<CmpOperator>();
        foreach (var item in Sequence(obj, "ops", "Compare")) ops.Add(Op<CmpOperator>(item, "cmpop"));
        var comparators = Exprs(obj, "comparators", "Compare");
        if (comparators.Count == 0) Fail<int>(ExceptionKind.ValueError, "Compare with no comparators");
        if (comparators.Count != ops.Count)
            Fail<int>(ExceptionKind.ValueError, "Compare has a different number of comparators and operands");
        return new Compare(left, ops, comparators, l, c, el, ec);
    }

    List<comprehension> Generators(PyObject obj, string owner)
    {
        var result = new List<comprehension>();
        foreach (var item in Sequence(obj, "generators", owner))
        {
            Kind(item, "comprehension");
            result.Add(new comprehension(Expr(item, "target", "comprehension", ExprContext.Store), Expr(item, "iter", "comprehension"),
                Exprs(item, "ifs", "comprehension"), Int(item, "is_async", "comprehension")));
        }
        if (result.Count == 0) Fail<int>(ExceptionKind.ValueError, $"comprehension with no generators");
        return result;
    }

    /// <summary>A Constant's value as the parser would hold it; only the types a literal can have
    /// (and tuples/frozensets of them, which optimizers produce) are valid.</summary>
    object? ConstantValue(PyObject? value)
    {
        var types = _interp.Types;
        switch (value)
        {
            case null: return null;
            case PyBool b: return ReferenceEquals(b, _interp.True);
            case PyInt i when i.Type == types.Int: return i.IsSmall ? i.Small : i.Big!.Value;
            case PyStr s when s.Type == types.Str: return s.Value;
            case PyFloat f when f.Type == types.Float: return f.Value;
            case PyComplex z when z.Type == types.Complex: return new Complex(z.Real, z.Imag);
            case PyBytes by when by.Type == types.Bytes: return by.Value;
        }
        if (ReferenceEquals(value, _interp.Ellipsis)) return AstEllipsis.Instance;
        if (value is PyTuple t && t.Type == types.Tuple)
        {
            foreach (var item in t.Items) ConstantValue(item);
            return t;
        }
        if (value.Type == types.FrozenSet && value is PySet fs)
        {
            int position = 0;
            while (fs.Next(ref position, out var item, out _)) ConstantValue(item);
            return fs;
        }
        return Fail<object>(ExceptionKind.TypeError, $"got an invalid type in Constant: {value.Type.Name}");
    }

    // ================================================================ patterns

    PatternNode Pattern(PyObject obj)
    {
        Enter();
        var (l, c, el, ec) = Position(obj, "pattern");
        var k = Kind(obj, "pattern");
        PatternNode result = k switch
        {
            "MatchValue" => new MatchValue(Expr(obj, "value", k), l, c, el, ec),
            "MatchSingleton" => new MatchSingleton(ConstantValue(Field(obj, "value")), l, c, el, ec),
            "MatchSequence" => new MatchSequence(Patterns(obj, "patterns", k), l, c, el, ec),
            "MatchMapping" => new MatchMapping(Exprs(obj, "keys", k), Patterns(obj, "patterns", k), OptIdent(obj, "rest"), l, c, el, ec),
            "MatchClass" => MatchClass(obj, l, c, el, ec),
            "MatchStar" => new MatchStar(OptIdent(obj, "name"), l, c, el, ec),
            "MatchAs" => new MatchAs(Field(obj, "pattern") is { } p ? Pattern(p) : null, OptIdent(obj, "name"), l, c, el, ec),
            "MatchOr" => new MatchOr(Patterns(obj, "patterns", k), l, c, el, ec),
            _ => Fail<PatternNode>(ExceptionKind.TypeError, $"expected some sort of pattern, but got {k}"),
        };
        _depth--;
        return result;
    }

    PatternNode MatchClass(PyObject obj, int l, int c, int el, int ec)
    {
        var attrs = new List<string>();
        foreach (var item in Sequence(obj, "kwd_attrs", "MatchClass")) attrs.Add(Identifier(item));
        return new MatchClass(Expr(obj, "cls", "MatchClass"), Patterns(obj, "patterns", "MatchClass"), attrs,
            Patterns(obj, "kwd_patterns", "MatchClass"), l, c, el, ec);
    }

    List<PatternNode> Patterns(PyObject obj, string name, string owner)
    {
        var result = new List<PatternNode>();
        foreach (var item in Sequence(obj, name, owner)) result.Add(Pattern(item));
        return result;
    }
}
