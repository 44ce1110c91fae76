namespace Isolated.Execution;

/// <summary>
/// The VM's instruction set. An instruction is one int: the opcode in the low 8 bits and its
/// argument in the upper 24 (<see cref="Instr"/>). Jump arguments are absolute instruction
/// indices. Instructions marked "+1 word" are followed by one extra int operand.
/// Stack layout of calls follows CPython 3.12: [callable-or-NULL, self-or-callable, args...].
/// </summary>
public enum OpCode : byte
{
    Nop,
    PopTop,
    PushNull,
    Copy,              // arg n: push a copy of the n-th item (1 = top)
    Swap,              // arg n: swap top with the n-th item
    LoadConst,
    LoadSmallInt,      // arg: signed 24-bit int pushed unboxed
    LoadFast,
    StoreFast,
    DeleteFast,
    LoadFastLoadFast,  // arg: two 12-bit local indices (superinstruction)
    LoadDeref,
    StoreDeref,
    DeleteDeref,
    LoadClassDeref,    // class body: locals dict first, then the cell
    LoadClosure,       // pushes the cell object itself (building a closure)
    LoadGlobal,
    StoreGlobal,
    DeleteGlobal,
    LoadName,
    StoreName,
    DeleteName,
    LoadAttr,
    StoreAttr,
    DeleteAttr,
    LoadMethod,        // pushes [func, self] or [NULL, attr]
    BinaryOp,          // arg: BinaryOpKind
    BinaryAdd,         // arg: BinaryOpKind (Add or InplaceAdd): int fast path inline
    BinarySubtract,    // likewise for - and -=
    BinaryMultiply,    // likewise for * and *=
    BinaryRemainder,   // likewise for % and %=
    CompareOp,         // arg: CompareOp
    CompareJumpIfFalse,// arg: CompareOp; +1 word: jump target (compare + POP_JUMP_IF_FALSE)
    IsOp,              // arg 1 = "is not"
    ContainsOp,        // arg 1 = "not in"
    UnaryNegative,
    UnaryPositive,
    UnaryInvert,
    UnaryNot,
    BinarySubscr,
    StoreSubscr,
    DeleteSubscr,
    BuildSlice,
    BuildTuple,
    BuildList,
    BuildSet,
    BuildMap,          // arg n: 2n items key, value...
    BuildString,
    ListAppend,        // arg: depth of the list below the item
    SetAdd,
    MapAdd,
    ListExtend,
    SetUpdate,
    DictUpdate,
    DictMerge,         // for **kwargs in calls: duplicate keys are an error
    ListToTuple,
    FormatValue,       // arg: conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 when a spec is on the stack
    UnpackSequence,
    UnpackEx,          // arg: before | after << 8
    Jump,
    JumpBackward,      // checks the eval breaker
    PopJumpIfFalse,
    PopJumpIfTrue,
    PopJumpIfNone,
    PopJumpIfNotNone,
    JumpIfFalseOrPop,
    JumpIfTrueOrPop,
    GetIter,
    ForIter,           // arg: jump target when exhausted (the iterator is popped)
    Call,              // arg: argc
    CallKw,            // arg: argc including keywords; kwnames tuple on top
    CallEx,            // arg 1: a kwargs dict is on top; [NULL, callable, args tuple, (dict)]
    MakeFunction,      // arg flags: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure, 16 type params
    ReturnValue,
    ReturnConst,
    YieldValue,
    Send,              // arg: jump target when the sub-iterator is done; [receiver, value]
    GetYieldFromIter,
    GetAwaitable,
    GetAIter,
    GetANext,
    EndAsyncFor,
    RaiseVarargs,
    Reraise,           // re-raises the exception on top without a new traceback entry
    PushExcInfo,       // [exc] -> [prev_handled, exc], handled = exc
    PopExcept,         // [prev_handled] -> [], handled = prev
    PopExceptReraise,  // [prev_handled, exc] -> raise exc, handled = prev
    CheckExcMatch,     // [exc, type] -> [exc, bool]
    CheckEgMatch,      // except*: [eg, type] -> [rest, match]
    PrepReraiseStar,
    BeforeWith,        // [mgr] -> [exit, value]
    BeforeAsyncWith,
    WithExceptStart,   // [exit, prev, exc] -> [exit, prev, exc, result]
    LoadBuildClass,
    SetupAnnotations,
    LoadLocals,
    ImportName,        // [level, fromlist] -> module
    ImportFrom,
    ImportStar,
    LoadAssertionError,
    StoreAnnotation,   // class/module annotation: [value] name index -> __annotations__[name] = value
    MatchClass,        // arg: positional count; [subject, cls, kwnames] -> [attrs tuple or None]
    MatchMapping,
    MatchSequence,
    MatchKeys,
    GetLen,
    CopyDictWithoutKeys,
    CallIntrinsic,     // arg: IntrinsicKind
    NoOpDead,
    LoadFromDictOrGlobals, // arg: name; [mapping] -> value from mapping, else globals, else builtins (inlined comprehensions)
    Traced,            // tracing hook in place of an instruction's opcode (arg kept): see Tracing
    PopIterator,       // POP_TOP of a for loop's iterator left by break/return: a dropped generator may need closing
}

/// <summary>Binary operators in BINARY_OP's argument; the in-place forms follow the plain ones.</summary>
public enum BinaryOpKind
{
    Add, Subtract, Multiply, MatrixMultiply, TrueDivide, Remainder, Power, LShift, RShift,
    Or, Xor, And, FloorDivide,
    InplaceAdd, InplaceSubtract, InplaceMultiply, InplaceMatrixMultiply, InplaceTrueDivide,
    InplaceRemainder, InplacePower, InplaceLShift, InplaceRShift, InplaceOr, InplaceXor, InplaceAnd,
    InplaceFloorDivide,
}

/// <summary>Small helpers the VM calls through CALL_INTRINSIC.</summary>
public enum IntrinsicKind
{
    UnaryPositive,
    ListToTuple,
    TypeAlias,       // [name, type_params, value_function] -> TypeAliasType-like object
    TypeVar,         // name -> TypeVar of `T` in a type parameter list
    ImportStar,
    StopIterationError,
    SubscriptGeneric,  // (type params) -> Generic[*params], the implicit base of `class C[T]`
    Print,           // interactive mode: sys.displayhook(value)
    AsyncGenWrap,    // marks a value yielded by an async generator (vs. one its awaits pass up)
    TypeVarWithBound,        // [name, bound] -> TypeVar of `T: bound`
    TypeVarWithConstraints,  // [name, (constraints)] -> TypeVar of `T: (A, B)`
    ParamSpec,               // name -> ParamSpec of `**P`
    TypeVarTuple,            // name -> TypeVarTuple of `*Ts`
}

/// <summary>Packing and unpacking of one instruction word.</summary>
public static class Instr
{
    public const int ArgShift = 8;
    public const int MaxArg = (1 << 23) - 1;
    public static int Make(OpCode op, int arg) => (int)op | (arg << ArgShift);
    public static OpCode Op(int word) => (OpCode)(word & 0xFF);
    public static int Arg(int word) => word >> ArgShift;
}
