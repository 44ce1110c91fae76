using Isolated.Parsing.Ast;

namespace Isolated.Compiling;

/// <summary>
/// Symbol analysis (CPython's symtable): first collects, per scope, which names are bound, used and
/// declared global/nonlocal; then resolves each name to fast local, cell, free, global or
/// mapping-based access, and decides which cells and free variables each code object carries.
/// Comprehensions get their own function scope (as CPython before PEP 709). What PEP 709 made
/// observable is reproduced: a list/set/dict comprehension's code takes its enclosing code's
/// name, in tracebacks its entry replaces the enclosing frame's, its frame stands for the
/// enclosing frame in f_back/sys._getframe walks, and locals() inside one shows the enclosing
/// code's names plus the iteration variables (Eval.ComprehensionLocals).
/// </summary>
public sealed class SymbolTable : AstWalker
{
    public readonly Dictionary<Node, Scope> Scopes = new(ReferenceEqualityComparer.Instance);
    public Scope Top { get; private set; } = null!;
    Scope _current = null!;
    readonly string _filename;

    SymbolTable(string filename) => _filename = filename;

    public static SymbolTable Build(ModNode module, string filename)
    {
        var st = new SymbolTable(filename);
        st.Top = st._current = new Scope(ScopeKind.Module, "top", null, module);
        st.Scopes[module] = st.Top;
        module.Accept(st);
        st.Analyze(st.Top, new HashSet<string>());
        return st;
    }

    CompileError Error(string msg, Node? node) => new(msg, node?.Lineno ?? 0, node?.ColOffset ?? 0, node?.EndLineno ?? 0, node?.EndColOffset ?? 0);

    Scope Push(ScopeKind kind, string name, Node node)
    {
        var s = new Scope(kind, name, _current, node);
        s.IsNested = _current.IsFunctionLike || _current.IsNested && _current.Kind == ScopeKind.Class;
        Scopes[node] = s;
        _current = s;
        return s;
    }

    void Pop() => _current = _current.Parent!;

    void Bind(string name, Node? node = null)
    {
        var f = _current.Flags(name);
        _current.Add(name, Scope.Bound);
    }

    void Use(string name) => _current.Add(name, Scope.Used);

    // ---------------------------------------------------------------- statements

    public override void Visit(FunctionDef node) => VisitFunction(node, node.Name, node.Args, node.Body, node.DecoratorList, node.Returns, node.TypeParams, false);
    public override void Visit(AsyncFunctionDef node) => VisitFunction(node, node.Name, node.Args, node.Body, node.DecoratorList, node.Returns, node.TypeParams, true);

    void VisitFunction(Node node, string name, arguments args, List<StmtNode> body, List<ExprNode> decorators, ExprNode? returns,
                       List<TypeParamNode> typeParams, bool isAsync)
    {
        foreach (var d in decorators) d.Accept(this);
        VisitDefaults(args);
        Bind(name);
        if (typeParams.Count > 0)
        {
            // def f[T](...): the annotations and the function are made inside a hidden function that
            // creates the type parameters (CPython's annotation scope); it receives the defaults.
            var g = PushTypeParamsScope("<generic parameters of " + name + ">", typeParams);
            if (args.Defaults.Count > 0) DeclareSynthetic(g, ".defaults");
            if (HasKwDefaults(args)) DeclareSynthetic(g, ".kwdefaults");
        }
        VisitArgAnnotations(args);
        returns?.Accept(this);
        if (typeParams.Count > 0) Bind(name);
        var s = Push(ScopeKind.Function, name, node);
        s.IsCoroutine = isAsync;
        DeclareParams(args);
        foreach (var st in body) st.Accept(this);
        Pop();
        if (typeParams.Count > 0) Pop();
    }

    public static bool HasKwDefaults(arguments args)
    {
        foreach (var d in args.KwDefaults)
            if (d is not null) return true;
        return false;
    }

    /// <summary>Opens the scope that creates the type parameters of a generic function, class or type
    /// alias (keyed by its first type parameter node) and binds the parameters in it.</summary>
    Scope PushTypeParamsScope(string name, List<TypeParamNode> typeParams)
    {
        var g = Push(ScopeKind.Function, name, typeParams[0]);
        foreach (var tp in typeParams)
        {
            string tpName = tp switch { TypeVar tv => tv.Name, ParamSpec ps => ps.Name, TypeVarTuple tvt => tvt.Name, _ => "" };
            if ((g.Flags(tpName) & Scope.Bound) != 0) throw Error($"duplicate type parameter '{tpName}'", tp);
            switch (tp)
            {
                case TypeVar tv:
                    Bind(tv.Name);
                    tv.Bound?.Accept(this);
                    break;
                case ParamSpec ps: Bind(ps.Name); break;
                case TypeVarTuple tvt: Bind(tvt.Name); break;
            }
        }
        return g;
    }

    static void DeclareSynthetic(Scope s, string name)
    {
        s.Add(name, Scope.Param | Scope.Bound);
        s.Params.Add(name);
    }

    void VisitDefaults(arguments args)
    {
        foreach (var d in args.Defaults) d.Accept(this);
        foreach (var d in args.KwDefaults) d?.Accept(this);
    }

    void VisitArgAnnotations(arguments args)
    {
        foreach (var a in AllArgs(args)) a.Annotation?.Accept(this);
    }

    public static IEnumerable<arg> AllArgs(arguments args)
    {
        foreach (var a in args.Posonlyargs) yield return a;
        foreach (var a in args.Args) yield return a;
        if (args.Vararg is not null) yield return args.Vararg;
        foreach (var a in args.Kwonlyargs) yield return a;
        if (args.Kwarg is not null) yield return args.Kwarg;
    }

    /// <summary>Parameters in frame-slot order (as CPython): positional, keyword-only, *args, **kwargs.</summary>
    public static IEnumerable<arg> ParamsInSlotOrder(arguments args)
    {
        foreach (var a in args.Posonlyargs) yield return a;
        foreach (var a in args.Args) yield return a;
        foreach (var a in args.Kwonlyargs) yield return a;
        if (args.Vararg is not null) yield return args.Vararg;
        if (args.Kwarg is not null) yield return args.Kwarg;
    }

    void DeclareParams(arguments args)
    {
        foreach (var a in ParamsInSlotOrder(args))
        {
            if ((_current.Flags(a.Arg) & Scope.Param) != 0)
                throw Error($"duplicate argument '{a.Arg}' in function definition", a);
            _current.Add(a.Arg, Scope.Param | Scope.Bound);
            _current.Params.Add(a.Arg);
        }
    }

    public override void Visit(Lambda node)
    {
        VisitDefaults(node.Args);
        Push(ScopeKind.Lambda, "<lambda>", node);
        DeclareParams(node.Args);
        node.Body.Accept(this);
        Pop();
    }

    public override void Visit(ClassDef node)
    {
        foreach (var d in node.DecoratorList) d.Accept(this);
        Bind(node.Name);
        if (node.TypeParams.Count > 0)
        {
            // class C[T](bases): bases and the class are made inside the type parameters' scope,
            // which also keeps the parameters' tuple for the body's __type_params__.
            PushTypeParamsScope("<generic parameters of " + node.Name + ">", node.TypeParams);
            Bind(TypeParamsName);
            Bind(CodeGenerator.GenericBaseName);
        }
        foreach (var b in node.Bases) b.Accept(this);
        foreach (var k in node.Keywords) k.Accept(this);
        Push(ScopeKind.Class, node.Name, node);
        if (node.TypeParams.Count > 0) Use(TypeParamsName);
        foreach (var st in node.Body) st.Accept(this);
        Pop();
        if (node.TypeParams.Count > 0) Pop();
    }

    /// <summary>The hidden local that holds a generic class's type parameters tuple.</summary>
    public const string TypeParamsName = ".type_params";
    /// <summary>The hidden parameter of an <see cref="Scope.InheritsLocals"/> comprehension.</summary>
    public const string LocalsParam = ".locals";

    public override void Visit(TypeAlias node)
    {
        node.Name.Accept(this);
        var name = ((Name)node.Name).Id;
        if (node.TypeParams.Count > 0) PushTypeParamsScope("<generic parameters of " + name + ">", node.TypeParams);
        Push(ScopeKind.TypeAlias, name, node);
        node.Value.Accept(this);
        Pop();
        if (node.TypeParams.Count > 0) Pop();
    }

    public override void Visit(Global node)
    {
        foreach (var name in node.Names)
        {
            int f = _current.Flags(name);
            if ((f & Scope.Param) != 0) throw Error($"name '{name}' is parameter and global", node);
            if ((f & Scope.DeclaredNonlocal) != 0) throw Error($"name '{name}' is nonlocal and global", node);
            if ((f & Scope.Annotated) != 0) throw Error($"annotated name '{name}' can't be global", node);
            if ((f & Scope.Used) != 0) throw Error($"name '{name}' is used prior to global declaration", node);
            if ((f & Scope.Bound) != 0) throw Error($"name '{name}' is assigned to before global declaration", node);
            _current.Add(name, Scope.DeclaredGlobal);
        }
    }

    public override void Visit(Nonlocal node)
    {
        foreach (var name in node.Names)
        {
            if (_current.Kind == ScopeKind.Module) throw Error("nonlocal declaration not allowed at module level", node);
            int f = _current.Flags(name);
            if ((f & Scope.Param) != 0) throw Error($"name '{name}' is parameter and nonlocal", node);
            if ((f & Scope.DeclaredGlobal) != 0) throw Error($"name '{name}' is nonlocal and global", node);
            if ((f & Scope.Annotated) != 0) throw Error($"annotated name '{name}' can't be nonlocal", node);
            if ((f & Scope.Used) != 0) throw Error($"name '{name}' is used prior to nonlocal declaration", node);
            if ((f & Scope.Bound) != 0) throw Error($"name '{name}' is assigned to before nonlocal declaration", node);
            _current.Add(name, Scope.DeclaredNonlocal);
            _current.NonlocalDecls.TryAdd(name, node);
            // A class body binds __class__ for its methods: `nonlocal __class__` finds that cell.
            if (name == "__class__" && _current.IsFunctionLike) _current.UsesClassCell = true;
        }
    }

    public override void Visit(Import node)
    {
        foreach (var a in node.Names)
        {
            var name = a.Asname ?? a.Name;
            int dot = name.IndexOf('.');
            Bind(dot >= 0 && a.Asname is null ? name[..dot] : name);
        }
    }

    public override void Visit(ImportFrom node)
    {
        foreach (var a in node.Names)
        {
            if (a.Name == "*")
            {
                if (_current.Kind != ScopeKind.Module) throw Error("import * only allowed at module level", node);
                continue;
            }
            Bind(a.Asname ?? a.Name);
        }
    }

    public override void Visit(AnnAssign node)
    {
        if (node.Target is Name n)
        {
            int f = _current.Flags(n.Id);
            // At module level a global declaration changes nothing, so annotating is fine there.
            if ((f & (Scope.DeclaredGlobal | Scope.DeclaredNonlocal)) != 0 && node.Simple != 0 && _current.Kind != ScopeKind.Module)
                throw Error($"annotated name '{n.Id}' can't be {((f & Scope.DeclaredGlobal) != 0 ? "global" : "nonlocal")}", node);
            if (node.Simple != 0) _current.Add(n.Id, Scope.Annotated);
            if (node.Value is not null) Bind(n.Id);
        }
        else node.Target.Accept(this);
        node.Annotation.Accept(this);
        node.Value?.Accept(this);
    }

    public override void Visit(ExceptHandler node)
    {
        node.Type?.Accept(this);
        if (node.Name is not null) Bind(node.Name);
        foreach (var s in node.Body) s.Accept(this);
    }

    public override void Visit(MatchAs node)
    {
        base.Visit(node);
        if (node.Name is not null) Bind(node.Name);
    }

    public override void Visit(MatchStar node)
    {
        if (node.Name is not null) Bind(node.Name);
    }

    public override void Visit(MatchMapping node)
    {
        base.Visit(node);
        if (node.Rest is not null) Bind(node.Rest);
    }

    // ---------------------------------------------------------------- expressions

    public override void Visit(Name node)
    {
        if (node.Ctx == ExprContext.Load)
        {
            Use(node.Id);
            if (node.Id == "super" && _current.Kind == ScopeKind.Function) _current.UsesClassCell = true;
            if (node.Id == "__class__" && _current.IsFunctionLike) _current.UsesClassCell = true;
        }
        else Bind(node.Id);
    }

    public override void Visit(NamedExpr node)
    {
        node.Value.Accept(this);
        var name = ((Name)node.Target).Id;
        if (_current.Kind == ScopeKind.Comprehension)
        {
            // The target binds in the nearest enclosing scope that is not a comprehension.
            var s = _current;
            while (s.Kind == ScopeKind.Comprehension)
            {
                if ((s.Flags(name) & Scope.Param) != 0 || IsIterationVariable(s, name))
                    throw Error($"assignment expression cannot rebind comprehension iteration variable '{name}'", node);
                s = s.Parent!;
            }
            if (s.Kind == ScopeKind.Class)
                throw Error("assignment expression within a comprehension cannot be used in a class body", node);
            if (s.Kind == ScopeKind.Module || (s.Flags(name) & Scope.DeclaredGlobal) != 0)
            {
                s.Add(name, Scope.Bound);
                for (var c = _current; c != s; c = c.Parent!) c.Add(name, Scope.DeclaredGlobal);
            }
            else
            {
                s.Add(name, Scope.Bound);
                for (var c = _current; c != s; c = c.Parent!) c.Add(name, Scope.DeclaredNonlocal);
            }
        }
        else Bind(name);
    }

    static bool IsIterationVariable(Scope s, string name) =>
        s.Node is ListComp or SetComp or DictComp or GeneratorExp && (s.Flags(name) & Scope.Bound) != 0 && (s.Flags(name) & Scope.DeclaredNonlocal) == 0;

    public override void Visit(Yield node)
    {
        MarkYield(node);
        base.Visit(node);
    }

    public override void Visit(YieldFrom node)
    {
        MarkYield(node);
        base.Visit(node);
    }

    void MarkYield(Node node)
    {
        if (_current.Kind is ScopeKind.Module or ScopeKind.Class)
            throw Error("'yield' outside function", node);
        if (_current.Kind == ScopeKind.Comprehension)
            throw Error("'yield' inside " + ComprehensionName(_current.Node!), node);
        _current.IsGenerator = true;
    }

    static string ComprehensionName(Node n) => n switch
    {
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        _ => "generator expression",
    };

    public override void Visit(Await node)
    {
        _current.HasYieldOrAwait = true;
        // A comprehension that awaits runs as a coroutine (awaited where it is used).
        if (_current.Kind == ScopeKind.Comprehension) _current.IsCoroutine = true;
        base.Visit(node);
    }

    public override void Visit(ListComp node) => VisitComprehension(node, "<listcomp>", node.Generators, node.Elt, null);
    public override void Visit(SetComp node) => VisitComprehension(node, "<setcomp>", node.Generators, node.Elt, null);
    public override void Visit(DictComp node) => VisitComprehension(node, "<dictcomp>", node.Generators, node.Key, node.Value);
    public override void Visit(GeneratorExp node) => VisitComprehension(node, "<genexpr>", node.Generators, node.Elt, null);

    void VisitComprehension(Node node, string name, List<comprehension> gens, ExprNode elt, ExprNode? value)
    {
        gens[0].Iter.Accept(this);
        bool inModule = _current.Kind == ScopeKind.Module;
        var s = Push(ScopeKind.Comprehension, name, node);
        s.IsGenerator = node is GeneratorExp;
        s.Add(".0", Scope.Param | Scope.Bound);
        s.Params.Add(".0");
        if (inModule && node is not GeneratorExp)
        {
            s.InheritsLocals = true;
            s.Add(LocalsParam, Scope.Param | Scope.Bound);
            s.Params.Add(LocalsParam);
        }
        for (int i = 0; i < gens.Count; i++)
        {
            var g = gens[i];
            if (g.IsAsync != 0) s.IsCoroutine = true;
            g.Target.Accept(this);
            if (i > 0) g.Iter.Accept(this);
            foreach (var cond in g.Ifs) cond.Accept(this);
        }
        elt.Accept(this);
        value?.Accept(this);
        Pop();
        // An enclosing comprehension awaits this one's coroutine (a generator expression is not awaited).
        if (s.IsCoroutine && node is not GeneratorExp && _current.Kind == ScopeKind.Comprehension) _current.IsCoroutine = true;
    }

    // ---------------------------------------------------------------- analysis

    /// <summary>Resolves the names of <paramref name="scope"/> given the names bound in the enclosing
    /// function scopes, then its children; returns nothing but fills Kinds/CellVars/FreeVars.</summary>
    void Analyze(Scope scope, HashSet<string> enclosing)
    {
        // Nonlocal declarations must find a binding in an enclosing function.
        foreach (var (name, f) in scope.Symbols)
        {
            if ((f & Scope.DeclaredNonlocal) != 0 && !enclosing.Contains(name))
                throw Error($"no binding for nonlocal '{name}' found", scope.NonlocalDecls.GetValueOrDefault(name) ?? scope.Node);
        }

        // What this scope's children can see.
        var visible = new HashSet<string>(enclosing);
        if (scope.IsFunctionLike)
        {
            foreach (var (name, f) in scope.Symbols)
            {
                if ((f & Scope.DeclaredGlobal) != 0) visible.Remove(name);
                else if ((f & (Scope.Bound | Scope.DeclaredNonlocal)) != 0) visible.Add(name);
            }
        }
        else if (scope.Kind == ScopeKind.Class)
        {
            foreach (var (name, f) in scope.Symbols)
                if ((f & Scope.DeclaredGlobal) != 0) visible.Remove(name);
        }
        else visible.Clear();

        // Children first: their free variables decide this scope's cells.
        var childFree = new List<string>();
        foreach (var child in scope.Children)
        {
            var childVisible = visible;
            if (scope.Kind == ScopeKind.Class && child.UsesClassCell)
            {
                scope.NeedsClassCell = true;
                childVisible = new HashSet<string>(visible) { "__class__" };
            }
            Analyze(child, childVisible);
            foreach (var fv in child.FreeVars) childFree.Add(fv);
        }

        foreach (var (name, f) in scope.Symbols)
        {
            NameKind kind;
            if ((f & Scope.DeclaredGlobal) != 0) kind = NameKind.Global;
            else if ((f & Scope.DeclaredNonlocal) != 0) kind = NameKind.Free;
            else if ((f & Scope.Bound) != 0) kind = scope.IsFunctionLike ? NameKind.Fast : NameKind.Name;
            else if (enclosing.Contains(name) && scope.Kind != ScopeKind.Module) kind = NameKind.Free;
            else kind = scope.IsFunctionLike ? NameKind.Global : NameKind.Name;
            scope.Kinds[name] = kind;
        }

        foreach (var name in childFree)
        {
            var has = scope.Kinds.TryGetValue(name, out var k);
            if (scope.IsFunctionLike && has && k == NameKind.Fast)
                scope.Kinds[name] = NameKind.Cell;
            else if (scope.Kind == ScopeKind.Class && name == "__class__")
                continue;
            else if (!has || k == NameKind.Name && scope.Kind == ScopeKind.Class || k == NameKind.Global && (scope.Flags(name) & Scope.DeclaredGlobal) == 0)
            {
                // Passes through this scope on its way to an inner one.
                if (scope.Kind == ScopeKind.Class && has) { if (!scope.FreeVars.Contains(name)) scope.FreeVars.Add(name); continue; }
                if (enclosing.Contains(name)) scope.Kinds[name] = NameKind.Free;
            }
        }
        if (scope.Kind == ScopeKind.Class && scope.NeedsClassCell) scope.CellVars.Add("__class__");
        if (scope.IsFunctionLike && scope.UsesClassCell && enclosing.Contains("__class__"))
        {
            if (!scope.Kinds.ContainsKey("__class__")) scope.Kinds["__class__"] = NameKind.Free;
        }

        // Cells in order: parameters first (as CPython), then others in first-seen order.
        foreach (var p in scope.Params)
            if (scope.Kinds.TryGetValue(p, out var k) && k == NameKind.Cell && !scope.CellVars.Contains(p)) scope.CellVars.Add(p);
        foreach (var (name, k) in scope.Kinds)
        {
            if (k == NameKind.Cell && !scope.CellVars.Contains(name)) scope.CellVars.Add(name);
            if (k == NameKind.Free && !scope.FreeVars.Contains(name)) scope.FreeVars.Add(name);
        }
        if (scope.Kind == ScopeKind.Class)
            scope.CellVars.Sort(string.CompareOrdinal);
    }
}
