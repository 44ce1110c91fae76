# ExceptionGroup and except*.
def describe(eg, indent=0):
    pad = " " * indent
    if isinstance(eg, BaseExceptionGroup):
        print(f"{pad}{type(eg).__name__}({eg.message!r}, {len(eg.exceptions)} sub)")
        for sub in eg.exceptions:
            describe(sub, indent + 2)
    else:
        print(f"{pad}{type(eg).__name__}({eg})")
eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ExceptionGroup("inner", [ValueError("v2"), KeyError("k")])])
describe(eg)
print(str(eg), repr(ExceptionGroup("m", [ValueError(1)])))
match_, rest = eg.split(ValueError)
describe(match_); describe(rest)
print(eg.subgroup(lambda e: isinstance(e, KeyError)).exceptions)
print(eg.subgroup(OSError))
try:
    raise eg
except* ValueError as g:
    print("caught ValueErrors:"); describe(g, 2)
except* TypeError as g:
    print("caught TypeErrors:"); describe(g, 2)
except* KeyError as g:
    print("caught KeyErrors:", [repr(e) for e in g.exceptions])
try:
    try:
        raise ExceptionGroup("two", [ValueError("a"), OSError("b")])
    except* ValueError:
        print("handled ValueError part")
except ExceptionGroup as leftover:
    print("leftover:"); describe(leftover, 2)
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked exception wrapped:", type(g).__name__, g.exceptions, repr(g.message))
try:
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ValueError:
        raise KeyError("raised in handler")
except ExceptionGroup as e:
    print("new group from handler:"); describe(e, 2)
except KeyError as e:
    print("KeyError directly", e)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("notseq", ValueError())
except TypeError as e:
    print("TypeError:", e)
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
mg = MyGroup("mine", [ValueError(1), TypeError(2)])
m, r = mg.split(TypeError)
print(type(m).__name__, m.message, type(r).__name__, r.message)
for src in ["try:\n pass\nexcept* (ValueError, ExceptionGroup):\n pass\n",
            "try:\n pass\nexcept*:\n pass\n",
            "for x in []:\n try:\n  pass\n except* ValueError:\n  break\n",
            "try:\n pass\nexcept ValueError:\n pass\nexcept* TypeError:\n pass\n"]:
    try:
        compile(src, "<eg>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
try:
    try:
        raise ExceptionGroup("eg", [ExceptionGroup("nested", [TypeError("deep")])])
    except* TypeError as g:
        describe(g)
except Exception as e:
    print("unexpected", e)
eg2 = ExceptionGroup("notes", [ValueError("a")])
eg2.add_note("a note")
try:
    raise eg2
except* ValueError as g:
    print(g.__notes__, g.exceptions[0].__notes__ if hasattr(g.exceptions[0], "__notes__") else None)
try:
    raise ExceptionGroup("tuple", [ValueError(1), TypeError(2), OSError(3)])
except* (ValueError, TypeError) as g:
    print("tuple clause:", sorted(type(e).__name__ for e in g.exceptions))
except* OSError:
    print("OSError clause")
