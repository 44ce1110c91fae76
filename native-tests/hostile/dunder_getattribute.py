# expect: RecursionError
class B:
    def __getattribute__(self, name):
        return self.__dict__[name]
B().x
