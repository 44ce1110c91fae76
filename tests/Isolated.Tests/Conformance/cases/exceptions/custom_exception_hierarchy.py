# A custom exception hierarchy for a validation library: multiple inheritance, error collection, str/repr, pickling, groups.
import pickle


class ValidationError(Exception):
    def __init__(self, field, message, value=None):
        super().__init__(field, message)
        self.field = field
        self.message = message
        self.value = value

    def __str__(self):
        return f"{self.field}: {self.message}"


class RequiredError(ValidationError):
    def __init__(self, field):
        super().__init__(field, "is required")


class RangeError(ValidationError, ArithmeticError):
    def __init__(self, field, value, lo, hi):
        super().__init__(field, f"{value} not in [{lo}, {hi}]", value)
        self.bounds = (lo, hi)


class FormatError(ValidationError, ValueError):
    pass


SCHEMA = {"name": (str, None), "age": (int, (0, 150)), "email": (str, None)}


def validate(record):
    errors = []
    for field, (kind, bounds) in SCHEMA.items():
        if field not in record:
            errors.append(RequiredError(field))
            continue
        value = record[field]
        if not isinstance(value, kind):
            errors.append(FormatError(field, f"expected {kind.__name__}, got {type(value).__name__}", value))
        elif bounds and not bounds[0] <= value <= bounds[1]:
            errors.append(RangeError(field, value, *bounds))
        elif field == "email" and "@" not in value:
            errors.append(FormatError(field, "missing @", value))
    if errors:
        raise ExceptionGroup(f"{len(errors)} validation error(s)", errors)
    return record


records = [{"name": "ann", "age": 30, "email": "a@x"}, {"name": "bob", "age": 200, "email": "bob"},
           {"age": "old"}, {"name": 5, "age": -1, "email": "c@y"}]
for rec in records:
    try:
        print("valid:", validate(rec))
    except* RequiredError as g:
        print("required:", [e.field for e in g.exceptions])
    except* RangeError as g:
        print("range:", [(str(e), e.bounds, isinstance(e, ArithmeticError)) for e in g.exceptions])
    except* ValidationError as g:
        print("other:", [f"{type(e).__name__}({e})" for e in g.exceptions])
e = RangeError("age", 200, 0, 150)
print(repr(e), e.args, str(e), RangeError.__mro__[1:4])
try:
    raise FormatError("x", "bad", 1)
except ValueError as caught:
    print("caught as ValueError:", caught, caught.value)
e2 = pickle.loads(pickle.dumps(ValidationError("f", "msg", 3)))
print(type(e2).__name__, e2.args, e2.field, e2.value)
print(issubclass(RangeError, ValidationError), issubclass(FormatError, ValueError), issubclass(RequiredError, ValueError))


class ErrorCollector:
    def __init__(self):
        self.errors = []

    def __enter__(self):
        return self

    def check(self, cond, field, msg):
        if not cond:
            self.errors.append(ValidationError(field, msg))

    def __exit__(self, et, ev, tb):
        if et is None and self.errors:
            raise ExceptionGroup("collected", self.errors)
        return False


try:
    with ErrorCollector() as ec:
        ec.check(1 > 2, "a", "must be bigger")
        ec.check(True, "b", "fine")
        ec.check("" != "", "c", "must be non-empty")
except ExceptionGroup as g:
    print(g.message, [str(x) for x in g.exceptions])
