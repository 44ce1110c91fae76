# expect: RecursionError
class Meta(type):
    def __new__(mcls, name, bases, ns):
        return Meta(name, bases, ns)
class C(metaclass=Meta):
    pass
