# expect: RecursionError
class D:
    def __set__(self, obj, value):
        obj.attr = value
class C:
    attr = D()
C().attr = 1
