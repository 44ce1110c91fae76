class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    pass
try:
    raise NotFound(404, "no such page")
except AppError as e:
    print(type(e).__name__, e.code, e, e.args, repr(e))
print(issubclass(NotFound, Exception), NotFound.__mro__[1:3])
e = ValueError("a", 1)
print(e.args, str(e), repr(e))
print(repr(Exception()), str(Exception()), repr(KeyError("k")), str(KeyError("k")))
try:
    raise Exception("with note")
except Exception as e:
    e.add_note("note 1")
    print(e.__notes__)
eg = ExceptionGroup("grp", [ValueError(1), TypeError(2)])
print(eg.message, len(eg.exceptions), repr(eg))
try:
    raise eg
except* ValueError as g:
    print("got values", g.exceptions)
except* TypeError as g:
    print("got types", g.exceptions)
