# ExceptionGroup, except*, split/subgroup, nesting, derive, formatting with traceback.
import traceback


def clean(text):
    out = []
    for line in text.splitlines():
        if 'File "' in line:
            head, path, rest = line.split('"', 2)
            line = head + '"' + path.rsplit("/", 1)[-1] + '"' + rest
        out.append(line)
    return "\n".join(out)


eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2"),
                             ExceptionGroup("inner", [KeyError("k"), ValueError("v3")])])
print(repr(eg), str(eg), len(eg.exceptions))
vals, rest = eg.split(ValueError)
print(repr(vals))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(OSError))

try:
    raise eg
except* ValueError as g:
    print("ValueErrors:", [str(e) for e in g.exceptions], type(g).__name__)
except* (TypeError, KeyError) as g:
    print("Type/Key:", repr(g))

try:
    try:
        raise ExceptionGroup("g", [OSError("os"), RuntimeError("rt")])
    except* OSError:
        print("handled OSError")
except ExceptionGroup as left:
    print("left over:", repr(left))

try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped:", repr(g))


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)


mg = MyGroup("mine", [ValueError(1), TypeError(2)])
a, b = mg.split(ValueError)
print(type(a).__name__, repr(a), repr(b))
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("x", [1])
except ValueError as e:
    print("ValueError:", e)
bg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(bg).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)


def f():
    raise ExceptionGroup("from f", [ValueError("deep"), TypeError("other")])


try:
    f()
except ExceptionGroup:
    print(clean(traceback.format_exc()))

count = 0
for excs in ([ValueError()], [TypeError()], [ValueError(), TypeError()]):
    try:
        raise ExceptionGroup("loop", excs)
    except* ValueError:
        count += 1
    except* TypeError:
        count += 10
print("count", count)
e = ExceptionGroup("notes", [ValueError("x")])
e.add_note("a note")
print(clean("".join(traceback.format_exception(e))))
