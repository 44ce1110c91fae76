# expect: RecursionError
class B:
    def __contains__(self, x):
        return x in self
1 in B()
