# conformance: stderr
# ExceptionGroup / except* handling, notes, and an uncaught group printed at exit.
import sys


def validate(record):
    errors = []
    if not record.get("name"):
        errors.append(ValueError("name is required"))
    if not isinstance(record.get("age"), int):
        errors.append(TypeError(f"age must be int, got {type(record.get('age')).__name__}"))
    elif record["age"] < 0:
        errors.append(ValueError("age must be >= 0"))
    if errors:
        raise ExceptionGroup(f"record {record.get('id')} invalid", errors)


records = [{"id": 1, "name": "a", "age": 3}, {"id": 2, "name": "", "age": "x"}, {"id": 3, "name": "c", "age": -1}]
for r in records:
    try:
        validate(r)
        print(r["id"], "ok")
    except* ValueError as eg:
        print(r["id"], "value errors:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print(r["id"], "type errors:", [str(e) for e in eg.exceptions])

eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError))).exceptions)
print([type(e).__name__ for e in eg.derive([OSError()]).exceptions], issubclass(ExceptionGroup, BaseExceptionGroup))
try:
    raise BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError()])
except BaseExceptionGroup as g:
    print(type(g).__name__, len(g.exceptions))
try:
    try:
        raise ExceptionGroup("g", [OSError("disk"), ValueError("v")])
    except* OSError:
        print("handled OSError part")
except ExceptionGroup as left:
    print("left over:", left.exceptions)
e = ValueError("with notes")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    ExceptionGroup("bad", [])
except ValueError as err:
    print("ValueError:", err)
try:
    ExceptionGroup("bad", [1])
except ValueError as err:
    print("ValueError:", err)
sys.stdout.flush()
err = ExceptionGroup("many problems", [ValueError("first"), TypeError("second")])
err.add_note("while importing users.csv")
raise err
