@a
@b
class C(D):
    @property
    def x(self): return 1
    @x.setter
    def x(self, v): pass
    @staticmethod
    async def s(): pass
