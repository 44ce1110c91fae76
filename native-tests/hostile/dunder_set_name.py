# expect: RecursionError
class D:
    def __set_name__(self, owner, name):
        type('T', (), {'d': D()})
class C:
    d = D()
