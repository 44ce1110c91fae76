# Which objects match sequence and mapping patterns: builtin kinds, collections.abc subclasses,
# classes registered with an ABC (and their subclasses), the first kind in the MRO wins; a user
# class merely named Sequence does not count; [*_] needs no len().
import collections, collections.abc as cabc, array, types
def kind(o):
    match o:
        case {}: return "mapping"
        case [*_]: return "sequence"
        case _: return "other"
class Seq(cabc.Sequence):
    def __getitem__(self, i): raise IndexError
    def __len__(self): return 0
class Map(cabc.Mapping):
    def __getitem__(self, k): raise KeyError
    def __len__(self): return 0
    def __iter__(self): return iter(())
class Plain: pass
class Sequence: pass            # a user class that only shares the name
class Mapping: pass
class Reg: pass
cabc.Sequence.register(Reg)
class RegChild(Reg): pass
class RegM: pass
cabc.MutableMapping.register(RegM)
class Both(Plain, Seq): pass
class Both2(Seq, Map): pass
class Both3(Map, Seq): pass
class LS(list): pass
class LM(LS, cabc.Mapping):
    def __getitem__(self, k): return 1
    def __len__(self): return 0
    def __iter__(self): return iter(())
class Meta(type): pass
class OwnFlags(metaclass=Meta):
    __abc_tpflags__ = 1 << 5
for o in [[], (), range(3), memoryview(b"ab"), collections.deque(), array.array("i"), "s", b"b", bytearray(b"x"),
          {}, types.MappingProxyType({}), collections.OrderedDict(), collections.Counter(), collections.ChainMap(),
          collections.defaultdict(int), collections.UserList(), collections.UserDict(), collections.UserString("x"),
          Seq(), Map(), Plain(), Sequence(), Mapping(), Reg(), RegChild(), RegM(), Both(), Both2(), Both3(), LS(), LM(), OwnFlags(),
          dict().keys(), dict().items(), dict().values(), iter([]), set(), frozenset()]:
    print(type(o).__name__, kind(o))
class Late: pass
print(kind(Late()))
cabc.Sequence.register(Late)
print(kind(Late()))
class LateChild(Late): pass
print(kind(LateChild()))
class SubAfter(RegM): pass
print(kind(SubAfter()))
try:
    cabc.Sequence.register(int); print("int", kind(3))
except Exception as e: print(type(e).__name__, e)

class Reg2:
    def __iter__(self): return iter([1,2])
cabc.Sequence.register(Reg2)
for pat in range(4):
    try:
        match Reg2():
            case [*_] if pat == 0: print("star wildcard")
            case [*rest] if pat == 1: print("star capture", rest)
            case [x, *_] if pat == 2: print("one + star", x)
            case [x, y] if pat == 3: print("two", x, y)
    except TypeError as e: print(pat, e)
