# expect: RecursionError
class I:
    def __index__(self):
        return [1,2][self]
[1,2][I()]
