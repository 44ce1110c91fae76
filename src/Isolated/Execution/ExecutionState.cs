using Isolated.Modules;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Execution;

/// <summary>The VM's per-interpreter state (hung on <see cref="Interpreter.ExecutionState"/>): the
/// builtins module and a few interned names the loop looks up.</summary>
public sealed class ExecutionState
{
    public readonly PyModule Builtins;
    public readonly PyDict BuiltinsDict;
    public readonly PyStr BuiltinsName, NameName, ModuleName, ClassCellName, AnnotationsName, DocName, QualNameName,
        EnterName, ExitName, AEnterName, AExitName, InitName, ImportName, CallName, LenName;

    /// <summary>The last even <see cref="Interpreter.TraceEpoch"/> (see <see cref="Tracing"/>).</summary>
    public int TraceEpochCounter;

    PyType? _rangeIterator;
    readonly Interpreter _interp;

    /// <summary>The type of <see cref="VmRangeIterator"/>, created on first use.</summary>
    public PyType RangeIteratorType => _rangeIterator ??= VmRangeIterator.CreateType(_interp.Types);

    ExecutionState(Interpreter interp)
    {
        _interp = interp;
        Builtins = BuiltinsModule.Create(interp);
        BuiltinsDict = Builtins.Dict;
        BuiltinsName = interp.Intern("__builtins__");
        NameName = interp.Intern("__name__");
        ModuleName = interp.Intern("__module__");
        ClassCellName = interp.Intern("__classcell__");
        AnnotationsName = interp.Intern("__annotations__");
        DocName = interp.Intern("__doc__");
        QualNameName = interp.Intern("__qualname__");
        EnterName = interp.Intern("__enter__");
        ExitName = interp.Intern("__exit__");
        AEnterName = interp.Intern("__aenter__");
        AExitName = interp.Intern("__aexit__");
        InitName = interp.Intern("__init__");
        ImportName = interp.Intern("__import__");
        CallName = interp.Intern("__call__");
        LenName = interp.Intern("__len__");
    }

    public static ExecutionState Of(Interpreter interp)
    {
        if (interp.ExecutionState is ExecutionState es) return es;
        // Set before filling so that builtins created during startup can find it.
        var created = new ExecutionState(interp);
        interp.ExecutionState = created;
        return created;
    }
}
