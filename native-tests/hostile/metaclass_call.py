# expect: RecursionError
# valgrind: run
class Meta(type):
    def __call__(cls, *args):
        return cls(*args)
class C(metaclass=Meta):
    pass
C()
