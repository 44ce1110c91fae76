@dec
def f(): pass
@dec.attr
@dec(1, k=2)
def g(): pass
@(lambda f: f)
class C: pass
@a[0]
async def h(): pass
@x := y
def i(): pass
