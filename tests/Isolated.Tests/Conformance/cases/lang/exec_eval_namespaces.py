# exec/eval with custom globals and locals, mappings as locals, compile modes.
g = {"x": 10}
print(eval("x * 2", g))
print(eval("x + y", g, {"y": 5}))
l = {}
exec("a = 1\nb = a + x", g, l)
print(sorted(l.items()), "a" in g)
exec("c = 3", g)
print(g["c"], "__builtins__" in g)
class Recorder(dict):
    def __getitem__(self, key):
        print(f"  lookup {key}")
        return super().__getitem__(key)
    def __setitem__(self, key, value):
        print(f"  store {key}={value!r}")
        super().__setitem__(key, value)
loc = Recorder(z=7)
exec("w = z + 1\nq = w * 2", {}, loc)
print(dict(loc))
class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"
print(eval("undefined_name", {}, Default()))
class Mapping:
    def __getitem__(self, key):
        if key == "magic":
            return 42
        raise KeyError(key)
print(eval("magic + 1", {}, Mapping()))
try:
    eval("other", {}, Mapping())
except NameError as e:
    print("NameError:", e)
code = compile("result = sum(range(n))", "<string>", "exec")
ns = {"n": 5}
exec(code, ns)
print(ns["result"], code.co_filename, code.co_name)
expr = compile("n ** 2", "<expr>", "eval")
print(eval(expr, {"n": 9}))
single = compile("1 + 1", "<single>", "single")
exec(single)
exec(compile("None", "<single>", "single"))
def func_in_exec():
    ns = {}
    exec("def f(v):\n    return v * k\nk = 3", ns)
    return ns["f"](4)
print(func_in_exec())
def locals_snapshot():
    x = 1
    exec("x = 2")
    return x
print(locals_snapshot())
def exec_sees_locals():
    y = 5
    return eval("y + 1")
print(exec_sees_locals())
def nested_scope_in_eval():
    v = 7
    return eval("[v * i for i in range(3)]")
try:
    print(nested_scope_in_eval())
except NameError as e:
    print("NameError:", e)
restricted = {"__builtins__": {"len": len}}
print(eval("len('abc')", restricted))
try:
    eval("print('hi')", restricted)
except NameError as e:
    print("NameError:", e)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.filename)
try:
    eval(123)
except TypeError as e:
    print("TypeError:", e)
try:
    exec("x", [])
except TypeError as e:
    print("TypeError:", e)
try:
    eval("1", {}, 5)
except TypeError as e:
    print("TypeError:", e)
print(eval("  42  "), eval("\t7"))
print(eval(b"3 + 4"))
src = """
class K:
    attr = 'class in exec'
    def m(self):
        return self.attr
out = K().m()
"""
ns2 = {}
exec(src, ns2)
print(ns2["out"], ns2["K"].__module__)
ns3 = {"__name__": "custom_mod"}
exec("class C: pass\nmod = C.__module__", ns3)
print(ns3["mod"])
print(eval("__name__", {"__name__": "n"}), eval("__name__"))
exec("import math\nval = math.sqrt(16)", ns)
print(ns["val"])
glob = {}
exec("global gg\ngg = 1\ndef h():\n    global gg\n    gg += 1\nh()", glob)
print(glob["gg"])
print(eval("(lambda: zz)()", {"zz": "closure sees globals"}))
print(type(compile("x=1", "f", "exec")).__name__, compile("x", "f", "eval").co_names)
try:
    compile("x", "f", "bogus")
except ValueError as e:
    print("ValueError:", e)
exec("print('exec prints', end='!\\n')")
