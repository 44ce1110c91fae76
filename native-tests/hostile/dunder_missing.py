# expect: RecursionError
class D(dict):
    def __missing__(self, key):
        return self[key]
D()['x']
