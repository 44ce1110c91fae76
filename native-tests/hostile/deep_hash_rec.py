# expect: RecursionError
class H:
    def __hash__(s): return hash(s)
{H()}
