# expect: RecursionError
class C:
    def __bool__(s): return not s
bool(C())
