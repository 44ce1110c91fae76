def outer():
    def inner():
        def innermost():
            return 1
        return innermost
    class K:
        def m(self): pass
    return inner
