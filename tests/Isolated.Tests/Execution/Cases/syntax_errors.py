cases = [
    "return 1",
    "break",
    "continue",
    "def f():\n    x = 1\n    global x",
    "def f(a):\n    global a",
    "def f():\n    nonlocal q",
    "nonlocal x",
    "yield 1",
    "await x",
    "def f():\n    print(x)\n    global x",
    "class C:\n    [(y := 1) for _ in range(2)]",
    "f(a=1, a=2)",
    "x = 1 +",
    "def f(a, a): pass",
    "(a, *b, *c) = 1, 2",
    "del f()",
]
for src in cases:
    try:
        compile(src, '<case>', 'exec')
        print('compiled:', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
try:
    compile("x = 1\nreturn x\n", "<file>", "exec")
except SyntaxError as e:
    print(repr(e.text), e.filename, e.lineno, e.offset, e.args[0])
