# expect: RecursionError
class F:
    def __format__(self, spec):
        return '{0}'.format(self)
'{0}'.format(F())
