using Isolated.Objects;

namespace Isolated.Runtime;

/// <summary>
/// One interpreter's builtin type objects. The handful every interpreter needs at birth (for its
/// singletons) are created eagerly with empty dicts that fill on first use; the rest are created
/// on first access. The C# code behind each type (slots, method tables) is shared and immutable;
/// the type objects are not.
/// </summary>
public sealed class BuiltinTypes
{
    readonly Interpreter _interp;

    public readonly PyType Object;
    public readonly PyType Type;
    public readonly PyType NoneType;
    public readonly PyType EllipsisType;
    public readonly PyType NotImplementedType;
    public readonly PyType Int;
    public readonly PyType Bool;
    public readonly PyType Str;
    public readonly PyType Tuple;
    public readonly PyType Dict;
    public readonly PyType MethodDescriptor;
    public readonly PyType ClassMethodDescriptor;
    public readonly PyType GetSetDescriptor;
    public readonly PyType BuiltinFunction;

    PyType? _module;
    public PyType Module => _module ??= ModuleType.Create(this);

    // Compiler and VM (Objects/Code, Function, Cell, Method, Generator, Coroutine, Frame, Traceback).
    PyType? _code, _function, _cell, _method, _generator, _coroutine, _asyncGenerator, _coroutineWrapper, _asyncGenSend, _anextAwaitable,
        _frame, _traceback, _typeAliasType;
    public PyType Code => _code ??= CodeType.Create(this);
    public PyType Function => _function ??= FunctionType.Create(this);
    public PyType Cell => _cell ??= CellType.Create(this);
    public PyType Method => _method ??= MethodType.Create(this);
    public PyType Generator => _generator ??= GeneratorType.CreateGenerator(this);
    public PyType Coroutine => _coroutine ??= GeneratorType.CreateCoroutine(this);
    public PyType AsyncGenerator => _asyncGenerator ??= GeneratorType.CreateAsyncGenerator(this);
    public PyType CoroutineWrapper => _coroutineWrapper ??= GeneratorType.CreateAwaitableIterator(this, "coroutine_wrapper");
    public PyType AsyncGenSend => _asyncGenSend ??= GeneratorType.CreateAwaitableIterator(this, "async_generator_asend");
    public PyType ANextAwaitable => _anextAwaitable ??= GeneratorType.CreateAwaitableIterator(this, "anext_awaitable");
    public PyType Frame => _frame ??= FrameType.Create(this);
    public PyType Traceback => _traceback ??= TracebackType.Create(this);
    public PyType TypeAliasType => _typeAliasType ??= Isolated.Execution.TypeAliases.CreateType(this);

    // _typing: the runtime objects of PEP 695 type parameters (Modules/Typing).
    PyType? _typeVar, _paramSpec, _typeVarTuple, _paramSpecArgs, _paramSpecKwargs, _generic;
    public PyType TypeVar => _typeVar ??= Isolated.Modules.Typing.TypeVarType.Create(this);
    public PyType ParamSpec => _paramSpec ??= Isolated.Modules.Typing.ParamSpecType.Create(this);
    public PyType TypeVarTuple => _typeVarTuple ??= Isolated.Modules.Typing.TypeVarTupleType.Create(this);
    public PyType ParamSpecArgs => _paramSpecArgs ??= Isolated.Modules.Typing.ParamSpecComponentType.CreateArgs(this);
    public PyType ParamSpecKwargs => _paramSpecKwargs ??= Isolated.Modules.Typing.ParamSpecComponentType.CreateKwargs(this);
    public PyType Generic => _generic ??= Isolated.Modules.Typing.GenericType.Create(this);

    // types.UnionType (X | Y on classes).
    PyType? _union;
    public PyType Union => _union ??= UnionType.Create(this);

    // Cross-interpreter communication (Modules/Interpreters).
    PyType? _interpreterQueue;
    public PyType InterpreterQueue => _interpreterQueue ??= Isolated.Modules.Interpreters.InterpreterQueueType.Create(this);
    PyType? _crossInterpreterBufferView;
    public PyType CrossInterpreterBufferView => _crossInterpreterBufferView ??= Isolated.Modules.Interpreters.CrossInterpreterBufferViewType.Create(this);

    PyType? _consoleStream;
    /// <summary>The minimal text stream behind sys.stdin/stdout/stderr (Modules/Io).</summary>
    public PyType ConsoleStream => _consoleStream ??= Isolated.Modules.Io.ConsoleStreamType.Create(this);
    PyType? _consoleBufferWriter, _consoleBufferReader;
    /// <summary>sys.stdout.buffer's / sys.stdin.buffer's type (Modules/Io).</summary>
    public PyType ConsoleBufferWriter => _consoleBufferWriter ??= Isolated.Modules.Io.ConsoleBufferType.Create(this, reader: false);
    public PyType ConsoleBufferReader => _consoleBufferReader ??= Isolated.Modules.Io.ConsoleBufferType.Create(this, reader: true);

    // Standard-library modules written in C# (Modules/Weakref, Thread, Time, Posix, ...).
    PyType? _weakRef, _weakProxy, _weakCallableProxy;
    public PyType WeakRef => _weakRef ??= Isolated.Modules.Weakref.WeakRefType.Create(this);
    public PyType WeakProxy => _weakProxy ??= Isolated.Modules.Weakref.WeakProxyType.Create(this, callable: false);
    public PyType WeakCallableProxy => _weakCallableProxy ??= Isolated.Modules.Weakref.WeakProxyType.Create(this, callable: true);
    PyType? _threadLock, _threadRLock, _threadLocal;
    public PyType ThreadLock => _threadLock ??= Isolated.Modules.Thread.LockType.Create(this);
    public PyType ThreadRLock => _threadRLock ??= Isolated.Modules.Thread.RLockType.Create(this);
    public PyType ThreadLocal => _threadLocal ??= Isolated.Modules.Thread.LocalType.Create(this);
    PyType? _structTime;
    public PyType StructTime => _structTime ??= Isolated.Modules.Time.TimeModule.CreateStructTime(this);
    PyType? _statResult, _terminalSize, _unameResult, _timesResult, _dirEntry, _scandirIterator;
    public PyType StatResult => _statResult ??= Isolated.Modules.Posix.PosixModule.CreateStatResult(this);
    public PyType TerminalSize => _terminalSize ??= Isolated.Modules.Posix.PosixModule.CreateTerminalSize(this);
    public PyType UnameResult => _unameResult ??= Isolated.Modules.Posix.PosixModule.CreateUnameResult(this);
    public PyType TimesResult => _timesResult ??= Isolated.Modules.Posix.PosixModule.CreateTimesResult(this);
    PyType? _statvfsResult, _structPasswd, _structGroup;
    public PyType StructPasswd => _structPasswd ??= Isolated.Modules.Pwd.PwdModule.CreateStructPasswd(this);
    public PyType StructGroup => _structGroup ??= Isolated.Modules.Pwd.GrpModule.CreateStructGroup(this);
    public PyType StatvfsResult => _statvfsResult ??= Isolated.Modules.Posix.PosixFileSystemCalls.CreateStatvfsResult(this);
    public PyType DirEntry => _dirEntry ??= Isolated.Modules.Posix.DirEntryType.Create(this);
    public PyType ScandirIterator => _scandirIterator ??= Isolated.Modules.Posix.DirEntryType.CreateIterator(this);
    PyType? _deque, _dequeIterator, _dequeReverseIterator, _defaultDict;
    public PyType Deque => _deque ??= Isolated.Modules.Collections.DequeType.Create(this);
    public PyType DequeIterator => _dequeIterator ??= Isolated.Modules.Collections.DequeType.CreateIterator(this, reverse: false);
    public PyType DequeReverseIterator => _dequeReverseIterator ??= Isolated.Modules.Collections.DequeType.CreateIterator(this, reverse: true);
    public PyType DefaultDict => _defaultDict ??= Isolated.Modules.Collections.DefaultDictType.Create(this);
    //@stdlib-types
    Isolated.Modules.Datetime.DatetimeTypes? _datetime;
    /// <summary>The _datetime module's types and singletons (Modules/Datetime), created on first use.</summary>
    public Isolated.Modules.Datetime.DatetimeTypes Datetime => _datetime ??= new(this);
    Isolated.Modules.Io.IoTypes? _io;
    /// <summary>The _io module's types (Modules/Io), created on first use.</summary>
    public Isolated.Modules.Io.IoTypes Io => _io ??= new(this);
    Isolated.Modules.Binary.BinaryTypes? _binary;
    /// <summary>The binary-data modules' types (_struct, _random, hashes, zlib, array), created on first use.</summary>
    public Isolated.Modules.Binary.BinaryTypes Binary => _binary ??= new(this);

    // Numbers (Objects/Float, Complex); int and bool are created at birth.
    PyType? _float, _complex;
    public PyType Float => _float ??= FloatType.Create(_interp, this);
    public PyType Complex => _complex ??= ComplexType.Create(_interp, this);

    // Containers and iteration (Objects/List, Tuple, Dict, Set, Range, Slice, Iterators, ...).
    PyType? _list, _listIterator, _listReverseIterator, _seqIterator, _callableIterator, _slice, _genericAlias, _tupleIterator,
        _set, _frozenSet, _setIterator, _dictKeys, _dictValues, _dictItems,
        _dictKeyIterator, _dictValueIterator, _dictItemIterator, _dictReverseKeyIterator, _dictReverseValueIterator, _dictReverseItemIterator,
        _range, _rangeIterator, _longRangeIterator, _enumerate, _zip, _map, _filter, _reversed;
    public PyType List => _list ??= ListType.Create(_interp, this);
    public PyType ListIterator => _listIterator ??= PyListIterator.CreateType(this);
    public PyType ListReverseIterator => _listReverseIterator ??= PyListReverseIterator.CreateType(this);
    public PyType SeqIterator => _seqIterator ??= PySeqIterator.CreateType(this);
    public PyType CallableIterator => _callableIterator ??= PyCallableIterator.CreateType(this);
    // _sre (Modules/Sre): created on first use of the re engine.
    PyType? _srePattern, _sreMatch, _sreScanner, _sreTemplate;
    public PyType SrePattern => _srePattern ??= Isolated.Modules.Sre.PatternType.Create(this);
    public PyType SreMatch => _sreMatch ??= Isolated.Modules.Sre.MatchType.Create(this);
    public PyType SreScanner => _sreScanner ??= Isolated.Modules.Sre.ScannerType.Create(this);
    public PyType SreTemplate => _sreTemplate ??= Isolated.Modules.Sre.TemplateType.Create(this);
    public PyType Slice => _slice ??= SliceType.Create(_interp, this);
    public PyType GenericAlias => _genericAlias ??= GenericAliasType.Create(_interp, this);
    public PyType TupleIterator => _tupleIterator ??= PyTupleIterator.CreateType(this);
    public PyType Set => _set ??= SetType.CreateSet(_interp, this);
    public PyType FrozenSet => _frozenSet ??= SetType.CreateFrozenSet(_interp, this);
    public PyType SetIterator => _setIterator ??= PySetIterator.CreateType(this);
    public PyType DictKeys => _dictKeys ??= DictViewType.Create(this, DictViewKind.Keys);
    public PyType DictValues => _dictValues ??= DictViewType.Create(this, DictViewKind.Values);
    public PyType DictItems => _dictItems ??= DictViewType.Create(this, DictViewKind.Items);
    public PyType DictKeyIterator => _dictKeyIterator ??= PyDictIterator.CreateType(this, "dict_keyiterator");
    public PyType DictValueIterator => _dictValueIterator ??= PyDictIterator.CreateType(this, "dict_valueiterator");
    public PyType DictItemIterator => _dictItemIterator ??= PyDictIterator.CreateType(this, "dict_itemiterator");
    public PyType DictReverseKeyIterator => _dictReverseKeyIterator ??= PyDictIterator.CreateType(this, "dict_reversekeyiterator");
    public PyType DictReverseValueIterator => _dictReverseValueIterator ??= PyDictIterator.CreateType(this, "dict_reversevalueiterator");
    public PyType DictReverseItemIterator => _dictReverseItemIterator ??= PyDictIterator.CreateType(this, "dict_reverseitemiterator");
    public PyType Range => _range ??= RangeType.Create(_interp, this);
    public PyType RangeIterator => _rangeIterator ??= PyRangeIterator.CreateType(this, "range_iterator");
    public PyType LongRangeIterator => _longRangeIterator ??= PyRangeIterator.CreateType(this, "longrange_iterator");
    public PyType Enumerate => _enumerate ??= EnumerateType.Create(_interp, this);
    public PyType Zip => _zip ??= ZipType.Create(_interp, this);
    public PyType Map => _map ??= MapType.Create(_interp, this);
    public PyType Filter => _filter ??= FilterType.Create(_interp, this);
    public PyType Reversed => _reversed ??= ReversedType.Create(_interp, this);

    // Object model (Objects/Type, Property, ClassMethod, StaticMethod, Super, MappingProxy, Member).
    PyType? _wrapperDescriptor, _methodWrapper, _property, _classMethod, _staticMethod, _super, _mappingProxy, _memberDescriptor;
    public PyType WrapperDescriptor => _wrapperDescriptor ??= WrapperDescriptorType.Create(this);
    public PyType MethodWrapper => _methodWrapper ??= MethodWrapperType.Create(this);
    public PyType Property => _property ??= PropertyType.Create(this);
    public PyType ClassMethod => _classMethod ??= ClassMethodType.Create(this);
    public PyType StaticMethod => _staticMethod ??= StaticMethodType.Create(this);
    public PyType Super => _super ??= SuperType.Create(this);
    public PyType MappingProxy => _mappingProxy ??= MappingProxyType.Create(this);
    public PyType MemberDescriptor => _memberDescriptor ??= MemberDescriptorType.Create(this);

    // Text and binary types (Objects/Str, Bytes, ByteArray, MemoryView).
    PyType? _strIterator, _bytes, _bytesIterator, _byteArray, _byteArrayIterator, _memoryView;
    public PyType StrIterator => _strIterator ??= StrIteratorType.Create(_interp, this);
    public PyType Bytes => _bytes ??= BytesType.Create(_interp, this);
    public PyType BytesIterator => _bytesIterator ??= BytesIteratorType.Create(this, "bytes_iterator");
    public PyType ByteArray => _byteArray ??= ByteArrayType.Create(_interp, this);
    public PyType ByteArrayIterator => _byteArrayIterator ??= BytesIteratorType.Create(this, "bytearray_iterator");
    public PyType MemoryView => _memoryView ??= MemoryViewType.Create(_interp, this);

    internal BuiltinTypes(Interpreter interp)
    {
        _interp = interp;
        Object = ObjectType.Create(interp);
        Type = TypeType.Create(interp, Object);
        Object.Type = Type;
        Type.Type = Type;
        NoneType = SingletonTypes.CreateNoneType(interp, this);
        EllipsisType = SingletonTypes.CreateEllipsisType(interp, this);
        NotImplementedType = SingletonTypes.CreateNotImplementedType(interp, this);
        Int = IntType.Create(interp, this);
        Bool = BoolType.Create(interp, this);
        Str = StrType.Create(interp, this);
        Tuple = TupleType.Create(interp, this);
        Dict = DictType.Create(interp, this);
        MethodDescriptor = DescriptorTypes.CreateMethodDescriptor(this);
        ClassMethodDescriptor = DescriptorTypes.CreateClassMethodDescriptor(this);
        GetSetDescriptor = DescriptorTypes.CreateGetSetDescriptor(this);
        BuiltinFunction = DescriptorTypes.CreateBuiltinFunction(this);
    }

    /// <summary>Creates a builtin type deriving from <paramref name="base"/>: its slot table
    /// starts as a copy of the base's, then <paramref name="configure"/> overrides slots (no
    /// override: the base's table itself).</summary>
    public PyType NewBuiltin(string name, PyType @base, TypeFlags flags,
                             Action<TypeSlots> configure, Action<ThreadState?, PyType>? fillDict = null)
    {
        var slots = @base.Slots.Clone();
        configure(slots);
        // One that overrides no slot (most exception classes) shares its base's table: a builtin
        // type's table never changes once made (only heap types' slots are updated), and each
        // copy is ~430 bytes of every interpreter that uses the type.
        if (slots.SameAs(@base.Slots)) slots = @base.Slots;
        if ((flags & TypeFlags.CollectionKinds) == 0) flags |= @base.Flags & TypeFlags.CollectionKinds;
        var type = new PyType(_interp, Type, name, @base, slots, flags, fillDict);
        ClassData.Of(@base).AddBuiltinSubclass(type);
        return type;
    }
}
