using Isolated.Parsing.Ast;

namespace Isolated.Compiling;

public enum ScopeKind { Module, Class, Function, Lambda, Comprehension, TypeAlias }

/// <summary>How code refers to a name in one scope (the result of symbol analysis).</summary>
public enum NameKind
{
    /// <summary>Module/class level or exec code: LOAD_NAME/STORE_NAME through the locals mapping.</summary>
    Name,
    /// <summary>A function's local: a frame slot (LOAD_FAST).</summary>
    Fast,
    /// <summary>A local captured by an inner scope: a cell in the frame (LOAD_DEREF).</summary>
    Cell,
    /// <summary>A variable of an enclosing function, reached through the closure (LOAD_DEREF).</summary>
    Free,
    /// <summary>Declared global, or not bound anywhere in function scopes: LOAD_GLOBAL.</summary>
    Global,
}

/// <summary>One scope of the program (module, class body, function, lambda, comprehension) with
/// what the symbol analysis found about each of its names.</summary>
public sealed class Scope
{
    // Per-name facts gathered in the first pass.
    public const int Bound = 1, Param = 2, DeclaredGlobal = 4, DeclaredNonlocal = 8, Used = 16, Annotated = 32;

    public readonly ScopeKind Kind;
    public readonly string Name;
    public readonly Scope? Parent;
    public readonly Node? Node;
    public readonly List<Scope> Children = new();
    public readonly Dictionary<string, int> Symbols = new();
    public readonly List<string> Params = new();
    /// <summary>Where each nonlocal name was declared (for the error's line).</summary>
    public readonly Dictionary<string, Node> NonlocalDecls = new();

    public bool IsGenerator, IsCoroutine, HasYieldOrAwait;
    /// <summary>A list/set/dict comprehension directly in module or exec code: CPython 3.12 inlines
    /// it (PEP 709), so its free names are looked up in the caller's locals mapping first. It
    /// receives that mapping as its second argument (<see cref="SymbolTable.LocalsParam"/>).</summary>
    public bool InheritsLocals;
    /// <summary>A method that uses super() or __class__: its class gets a __class__ cell.</summary>
    public bool UsesClassCell;
    /// <summary>A class body whose methods need __class__.</summary>
    public bool NeedsClassCell;
    /// <summary>Functions nested in a function (co_flags NESTED) and for qualnames.</summary>
    public bool IsNested;

    // Results of the analysis.
    public readonly Dictionary<string, NameKind> Kinds = new();
    public readonly List<string> CellVars = new();
    public readonly List<string> FreeVars = new();

    public Scope(ScopeKind kind, string name, Scope? parent, Node? node)
    {
        Kind = kind;
        Name = name;
        Parent = parent;
        Node = node;
        parent?.Children.Add(this);
    }

    public bool IsFunctionLike => Kind is ScopeKind.Function or ScopeKind.Lambda or ScopeKind.Comprehension or ScopeKind.TypeAlias;

    public int Flags(string name) => Symbols.TryGetValue(name, out var f) ? f : 0;

    public void Add(string name, int flag) => Symbols[name] = Flags(name) | flag;

    public NameKind KindOf(string name)
    {
        if (Kinds.TryGetValue(name, out var k)) return k;
        // Names the analysis never saw (e.g. synthesized ones): locals in functions, names elsewhere.
        return IsFunctionLike ? NameKind.Global : Kind == ScopeKind.Class ? NameKind.Name : NameKind.Name;
    }
}
