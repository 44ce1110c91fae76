import sys
counter = 0
history = []

def increment(by=1):
    global counter
    counter += by
    history.append(counter)
    return counter

def broken():
    try:
        counter += 1
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"

def uses_before_assign():
    try:
        print(value)
    except NameError as e:
        print(type(e).__name__, e)
    value = 3
    return value

for _ in range(3):
    increment()
increment(10)
print(counter, history, broken(), uses_before_assign())
try:
    print(undefined_variable)
except NameError as e:
    print("NameError:", e, "| name attr:", e.name)
def outer():
    x = 1
    def inner():
        print(x)
        return locals()
    return inner()
print(outer())
def f():
    y = 5
    z = "loc"
    return sorted(locals().items())
print(f())
print(__name__, sys.argv[0].endswith(".py"), len(sys.argv), type(__builtins__).__name__ in ("module", "dict"))
if __name__ == "__main__":
    print("running as main")
ns = {}
exec("a = 1\nb = a + 1\ndef g(): return a + b", ns)
print(ns["a"], ns["b"], ns["g"](), sorted(k for k in ns if k != "__builtins__"))
print(eval("x * 2 + y", {"x": 3}, {"y": 1}), eval("len('abc')"), eval("[i for i in range(n)]", {"n": 3}))
code = compile("total = sum(range(5))", "<string>", "exec")
scope = {}
exec(code, scope)
print(scope["total"], code.co_filename, type(code).__name__)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
try:
    exec("def f(:\n  pass")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
try:
    exec("x = 1\n  y = 2")
except IndentationError as e:
    print("IndentationError:", e.msg, e.lineno)
try:
    exec("for i in range(3):\nprint(i)")
except IndentationError as e:
    print("IndentationError:", e.msg)
try:
    exec("print 'hello'")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("return 5")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("x = (1, 2")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("if x = 3: pass")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("f(**x, *y)")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("'abc")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("del f()")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("nonlocal q")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("a b c")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("x = 08")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("lambda x: yield")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("class C:\n    def m(self):\n        return\n  x = 1")
except IndentationError as e:
    print("IndentationError:", e.msg)
g = 10
def shadow():
    g = 20
    def inner():
        return g
    return inner()
print(shadow(), g, globals()["g"], "shadow" in globals(), callable(globals()["shadow"]))
globals()["dynamic"] = "made at runtime"
print(dynamic)
class K:
    attr = 1
    def m(self):
        return attr if False else K.attr
print(K().m(), sorted(vars(K).keys() - {"__dict__", "__weakref__", "__module__", "__doc__", "__qualname__"}))
print([name for name in dir(K()) if not name.startswith("__")])
