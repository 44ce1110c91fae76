import functools

def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        arg_str = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        result = func(*args, **kwargs)
        print(f"{func.__name__}({arg_str}) -> {result!r}")
        return result
    return wrapper

def repeat(times):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator

class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)

@trace
def add(a, b=10):
    """Add two numbers."""
    return a + b

@repeat(3)
def greet(name):
    return f"hi {name}"

@CountCalls
def square(x):
    return x * x

add(1, 2)
add(5)
add(a=1, b=-1)
print(add.__name__, add.__doc__, add.__wrapped__(2, 3))
print(greet("bob"))
print([square(i) for i in range(4)], square.calls, square.__name__)

def singleton(cls):
    instances = {}
    @functools.wraps(cls)
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get

@singleton
class Config:
    def __init__(self, value):
        self.value = value

print(Config(1).value, Config(2).value, Config(3) is Config(4))

def stacked(tag):
    def deco(f):
        def inner():
            return f"<{tag}>{f()}</{tag}>"
        return inner
    return deco

@stacked("b")
@stacked("i")
def text():
    return "hello"

print(text())
print(functools.reduce(lambda a, b: a * b, range(1, 8)))
p = functools.partial(int, base=2)
print(p("1011"), p.func.__name__, p.keywords)
