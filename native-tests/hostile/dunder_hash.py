# expect: RecursionError
class H:
    def __hash__(self):
        return hash(self)
{H(): 1}
