# expect: RecursionError,TypeError
class B:
    def __mro_entries__(s, b): return (type("X", (s,), {}),)
class C(B()): pass
