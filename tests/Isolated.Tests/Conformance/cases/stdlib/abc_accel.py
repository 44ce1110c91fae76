# abc's C accelerator (_abc): ABCMeta built on _abc_init/_abc_register/_abc_instancecheck/...
import abc, _abc, collections.abc as cabc, gc
print(abc.ABCMeta.__module__, abc.ABCMeta.register.__qualname__, type(abc.ABC._abc_impl).__name__)
print(sorted(n for n in dir(_abc) if not n.startswith('__')))

class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @property
    @abc.abstractmethod
    def p(self): ...
    def g(self): ...
class Half(Base):
    def f(self): return 1
class Full(Half):
    p = 2
print(sorted(Base.__abstractmethods__), sorted(Half.__abstractmethods__), sorted(Full.__abstractmethods__))
for cls in (Base, Half, Full):
    try:
        print(type(cls()).__name__)
    except TypeError as e:
        print(e)

class Plain: pass
token = abc.get_cache_token()
print(isinstance(Plain(), Base), issubclass(Plain, Base))
print(Base.register(Plain) is Plain, abc.get_cache_token() == token + 1)
print(isinstance(Plain(), Base), issubclass(Plain, Base), issubclass(Plain, Half))
print(Base.register(Full) is Full, abc.get_cache_token() == token + 1)
try:
    Plain2 = type('Plain2', (), {})
    Half.register(Base)
except RuntimeError as e:
    print(e)
try:
    Base.register(1)
except TypeError as e:
    print(e)
try:
    issubclass(1, Base)
except TypeError as e:
    print(e)

class Hooked(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hooked:
            return hasattr(C, 'quack') or NotImplemented
        return NotImplemented
class Duck:
    def quack(self): ...
print(isinstance(Duck(), Hooked), issubclass(int, Hooked), issubclass(Duck, Hooked))
class BadHook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C): return 1
try:
    issubclass(int, BadHook)
except AssertionError as e:
    print('AssertionError', e)

class MyMap(cabc.Mapping):
    def __getitem__(self, k): raise KeyError(k)
    def __len__(self): return 0
    def __iter__(self): return iter(())
print(isinstance({}, cabc.Mapping), isinstance([], cabc.Mapping), isinstance(MyMap(), cabc.MutableMapping),
      isinstance(MyMap(), cabc.Mapping), issubclass(list, cabc.Sequence), issubclass(str, cabc.Hashable),
      isinstance(iter([]), cabc.Iterator), issubclass(dict, cabc.Reversible), isinstance(1, cabc.Iterable))
cabc.Sequence.register(MyMap)
print(issubclass(MyMap, cabc.Sequence), issubclass(MyMap, cabc.Collection))
registry, cache, negative, version = _abc._get_dump(Base)
print(sorted(r().__name__ for r in registry), sorted(r().__name__ for r in cache), version == abc.get_cache_token())
Base._abc_caches_clear()
print(len(_abc._get_dump(Base)[1]))
Base._abc_registry_clear()
print(len(_abc._get_dump(Base)[0]), issubclass(Plain, Base))

class Temp: pass
Base.register(Temp)
print(sorted(r().__name__ for r in _abc._get_dump(Base)[0] if r() is not None))
class WrongImpl(abc.ABC): pass
WrongImpl._abc_impl = 1
try:
    isinstance(1, WrongImpl)
except TypeError as e:
    print(e)
class Meta(abc.ABCMeta):
    def __subclasscheck__(cls, sub):
        return sub is int
class WithMeta(metaclass=Meta): pass
print(isinstance(1, WithMeta), isinstance('', WithMeta))
