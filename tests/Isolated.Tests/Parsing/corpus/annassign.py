x: int
y: list[int] = []
(z): int = 1
a.b: str
a[0]: float = 1.0
w: int = (yield_)
