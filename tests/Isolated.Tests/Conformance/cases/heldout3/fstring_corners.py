import datetime
from enum import Flag, IntEnum, StrEnum, auto

names = ["ann", "bob"]
d = {"key": "value", "n": 3}
print(f"{names[0]!r} {d["key"]} {d['n']:>{d["n"]}}")
print(f"{'nested ' + f'{1 + 1}' + f"{'deep'}"}")
print(f"{"\n".join(names)}")
print(f"{3.14159=:.2f} {names=} {1 + 1 = }")
print(f"{{literal}} {{{d['n']}}}")
x = 42
print(f"{x!s:>6}|{x!a}|{'é'!a}|{x:#06x}|{x:c}")
dt = datetime.datetime(2024, 2, 29, 13, 5, 9)
print(f"{dt:%Y-%m-%d %H:%M} {dt:%A %j} {dt.date():%d/%m/%y}")
print(f"{'multi'
       'line'}", f"""{
    x
    + 1
}""")
fmt = "{0:>{1}}|{name:^7}|{2[1]}"
print(fmt.format("r", 5, [9, 8], name="mid"))
print("%5.1f|%-6s|%03d|%x|%r|%%" % (2.345, "ab", 7, 255, "q"))
print("%(a)s-%(b)05.2f" % {"a": "A", "b": 3.14159})


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


class Level(IntEnum):
    LOW = 1
    HIGH = 3


class Mode(StrEnum):
    READ = auto()
    WRITE = auto()


print(Color.RED | Color.BLUE, list(Color.WHITE), Color.WHITE.name, bool(Color.RED & Color.GREEN))
print(f"{Level.HIGH} {Level.LOW + 1} {Level.HIGH:>5} {Mode.READ} {Mode.WRITE!r} {Mode.READ.upper()}")
print(sorted(Level), Level(3), Level["LOW"], [m.value for m in Mode], "read" == Mode.READ)
print(repr(Color(5)), Color(0), len(Color))
print(f"{'😀':^5}|{'日本':>6}|{'ab':_<4}|")
lam = lambda v: f"<{v}>"
print(f"{lam(1)}{(lambda: 2)()}{[i for i in range(3)]}{ {1: 2} }")
