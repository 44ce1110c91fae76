class AppError(Exception):
    """Base for app errors."""

class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field

class NotFound(AppError, LookupError):
    pass

def validate(user):
    if "name" not in user:
        raise ValidationError("name", "required")
    if not isinstance(user.get("age"), int):
        raise ValidationError("age", f"must be int, got {type(user.get('age')).__name__}")
    if user["age"] < 0:
        raise ValueError("negative age")
    return True

for u in [{"name": "a", "age": 3}, {}, {"name": "b", "age": "x"}, {"name": "c", "age": -1}]:
    try:
        print("ok", validate(u))
    except ValidationError as e:
        print("invalid", e.field, "|", e, "|", e.args)
    except AppError:
        print("app error")
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("no error")
    finally:
        print("checked", sorted(u))

try:
    raise NotFound("item 7")
except LookupError as e:
    print("lookup:", repr(e), isinstance(e, AppError), NotFound.__mro__[1].__name__)

def risky(n):
    try:
        return 10 // n
    except ZeroDivisionError as e:
        raise ValueError("bad n") from e

try:
    risky(0)
except ValueError as e:
    print(e, "caused by", type(e.__cause__).__name__, e.__cause__)

try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(e, "context:", repr(e.__context__), e.__suppress_context__)

errors = []
for thing in [1, "2", None, [3], "x"]:
    try:
        errors.append(int(thing))
    except (TypeError, ValueError) as e:
        errors.append(type(e).__name__)
print(errors)
e = ValueError("a", 1)
print(e.args, str(e), repr(e))
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError()), str(OSError(2, "No such file")))
e = OSError(2, "No such file or directory", "x.txt")
print(e.errno, e.strerror, e.filename, e, type(e).__name__)
print(issubclass(FileNotFoundError, OSError), type(OSError(2, "x")).__name__)
