# expect: RecursionError
# valgrind: run
class A:
    def __repr__(self):
        return repr(self)
repr(A())
