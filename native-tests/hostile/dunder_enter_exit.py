# expect: RecursionError
class M:
    def __enter__(self):
        with self:
            pass
    def __exit__(self, *a):
        return False
with M():
    pass
