# expect: RecursionError
class F:
    def __call__(self):
        return self()
F()()
