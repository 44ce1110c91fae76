# expect: RecursionError
# valgrind: run
class B:
    def __getattr__(self, name):
        return getattr(self, name)
B().x
