using System.Numerics;
using Isolated.Execution.Import;
using Isolated.Objects;
using Isolated.Parsing.Ast;
using Isolated.Runtime;

namespace Isolated.Modules.Ast;

/// <summary>
/// Turns the parser's syntax tree into instances of the <c>_ast</c> node classes (what
/// <c>compile(..., PyCF_ONLY_AST)</c> and so <c>ast.parse</c> return), in one walk driven by each
/// node's CPython field table (<see cref="Node.FieldNames"/>), so no node kind needs its own code.
/// </summary>
public sealed class AstToObjects
{
    static readonly string[] s_attributeNames = { "lineno", "col_offset", "end_lineno", "end_col_offset" };

    readonly ThreadState _ts;
    readonly Interpreter _interp;
    readonly PyObject _astModule;
    readonly Dictionary<string, PyObject> _classes = new();
    readonly Dictionary<string, PyStr> _names = new();
    // Operators and contexts are singletons in CPython (ast.Load() is ast.Load()).
    readonly Dictionary<string, PyObject> _singletons = new();

    AstToObjects(ThreadState ts, PyObject astModule)
    {
        _ts = ts;
        _interp = ts.Interpreter;
        _astModule = astModule;
    }

    /// <summary>The <c>_ast</c> object tree for <paramref name="root"/>; null with the error set on failure.</summary>
    public static PyObject? Convert(ThreadState ts, Node root)
    {
        var module = ImportSystem.ImportModule(ts, "_ast");
        if (module is null) return null;
        var converter = new AstToObjects(ts, module);
        if (!Ops.EnterRecursiveCall(ts, " during ast construction")) return null;
        try
        {
            return converter.ConvertNode(root);
        }
        finally
        {
            Ops.LeaveRecursiveCall(ts);
        }
    }

    PyStr Name(string name)
    {
        if (!_names.TryGetValue(name, out var s)) _names[name] = s = _interp.Intern(name);
        return s;
    }

    PyObject? Class(string name)
    {
        if (_classes.TryGetValue(name, out var cls)) return cls;
        cls = Ops.GetAttr(_ts, _astModule, Name(name));
        if (cls is null) return null;
        _classes[name] = cls;
        return cls;
    }

    PyObject? ConvertNode(Node node)
    {
        // The parser bounds the tree's depth, but a 256 KiB thread still needs the check.
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            return _ts.Raise(ExceptionKind.RecursionError, "maximum recursion depth exceeded during ast construction");
        var cls = Class(node.NodeName);
        if (cls is null) return null;
        var obj = NewInstance(cls);
        if (obj is null) return null;
        var names = node.FieldNames;
        for (int i = 0; i < names.Count; i++)
        {
            var value = ConvertValue(node.GetField(i));
            if (value is null) return null;
            if (!Ops.SetAttr(_ts, obj, Name(names[i]), value)) return null;
        }
        if (node.HasAttributes)
        {
            if (!Ops.SetAttr(_ts, obj, Name(s_attributeNames[0]), _interp.Int(node.Lineno))) return null;
            if (!Ops.SetAttr(_ts, obj, Name(s_attributeNames[1]), _interp.Int(node.ColOffset))) return null;
            if (!Ops.SetAttr(_ts, obj, Name(s_attributeNames[2]), _interp.Int(node.EndLineno))) return null;
            if (!Ops.SetAttr(_ts, obj, Name(s_attributeNames[3]), _interp.Int(node.EndColOffset))) return null;
        }
        return obj;
    }

    /// <summary>A bare instance (its <c>__new__</c> only): the fields are set right after, so
    /// running <c>AST.__init__</c> for every node would only cost time.</summary>
    PyObject? NewInstance(PyObject cls) =>
        cls is PyType type && type.Slots.New is { } construct
            ? construct(_ts, type, ReadOnlySpan<PyObject>.Empty, null)
            : Ops.Call(_ts, cls, ReadOnlySpan<PyObject>.Empty);

    PyObject? Singleton(string name)
    {
        if (_singletons.TryGetValue(name, out var o)) return o;
        // Kept in _ast._parser_singletons so that every parsed tree shares them.
        if (Ops.GetAttr(_ts, _astModule, Name("_parser_singletons")) is not PyDict shared)
            return _ts.CurrentException is null ? _ts.Raise(ExceptionKind.SystemError, "_ast._parser_singletons must be a dict") : null;
        o = shared.GetStr(name);
        if (o is null)
        {
            var cls = Class(name);
            if (cls is null) return null;
            o = NewInstance(cls);
            if (o is null) return null;
            shared.SetStr(name, o);
        }
        _singletons[name] = o;
        return o;
    }

    PyObject? ConvertValue(object? value)
    {
        switch (value)
        {
            case null: return _interp.None;
            case Node n: return ConvertNode(n);
            case byte[]: return ConstantValue(_ts, value);
            case System.Collections.IList list:
            {
                var result = new PyList(_interp.Types.List, list.Count);
                for (int i = 0; i < list.Count; i++)
                {
                    var item = ConvertValue(list[i]);
                    if (item is null) return null;
                    result.Append(item);
                }
                return result;
            }
            case ExprContext or BoolOperator or global::Isolated.Parsing.Ast.Operator or UnaryOperator or CmpOperator:
                return Singleton(value.ToString()!);
            default:
                return ConstantValue(_ts, value);
        }
    }

    /// <summary>The Python object for a parser constant (<see cref="Constant.Value"/>, an int field, a name).</summary>
    public static PyObject ConstantValue(ThreadState ts, object? value)
    {
        var interp = ts.Interpreter;
        return value switch
        {
            null => interp.None,
            bool b => interp.Bool(b),
            int i => interp.Int(i),
            long l => interp.Int(l),
            BigInteger bi => interp.Int(bi),
            string s => interp.Str(s),
            double d => Ops.VmMakeFloat(ts, d),
            Complex c => Ops.VmMakeComplex(ts, c.Real, c.Imaginary),
            byte[] bytes => Ops.VmMakeBytes(ts, bytes),
            AstEllipsis => interp.Ellipsis,
            PyObject o => o,
            _ => throw new InvalidOperationException($"unexpected AST value {value.GetType().Name}"),
        };
    }
}
