# expect: RecursionError
class E:
    def __mro_entries__(self, bases):
        class Inner(E()):
            pass
        return (Inner,)
class C(E()):
    pass
