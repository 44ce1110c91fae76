def f(a: int, b: str = "x", *args: int, c: float, **kw: dict) -> None: pass
def g(*args: *Ts): pass
def h() -> list[int]: pass
