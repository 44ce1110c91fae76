# expect: RecursionError
import operator
class N:
    def __index__(self):
        return operator.index(self)
[1, 2, 3][N()]
