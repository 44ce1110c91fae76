# compile() of AST objects: parse -> transform -> compile -> exec, trees built by hand,
# literal_eval, unparse round trips, and the errors for malformed trees.
import ast
import re


def message(exc):
    return re.sub(r' at 0x[0-9a-f]+', '', str(exc))


class DoubleInts(ast.NodeTransformer):
    def visit_Constant(self, node):
        if type(node.value) is int:
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


class RenameCalls(ast.NodeTransformer):
    def visit_Call(self, node):
        self.generic_visit(node)
        if isinstance(node.func, ast.Name) and node.func.id == "shout":
            node.func = ast.copy_location(ast.Name("print", ast.Load()), node.func)
        return node


source = """
def f(a, b=2, *args, k=3, **kw):
    total = a + b + k
    for x in args:
        total += x
    return total
shout(f(1), f(1, 2, 3, k=4))
shout([i * 10 for i in range(3)], {k: v for k, v in zip('ab', (1, 2))})
class C:
    n = 5
    def m(self): return self.n + 1
shout(C().m())
match [1, 2]:
    case [a, b]: shout('matched', a, b)
try:
    raise ValueError(7)
except ValueError as e:
    shout('caught', e)
"""
tree = ast.parse(source)
tree = RenameCalls().visit(DoubleInts().visit(tree))
ast.fix_missing_locations(tree)
exec(compile(tree, "<transformed>", "exec"), {})

# eval mode and single mode
print(eval(compile(ast.parse("1 + 2 * 3", mode="eval"), "<e>", "eval")))
exec(compile(ast.parse("print('single')", mode="single"), "<s>", "single"))

# A tree built by hand.
m = ast.Module(body=[
    ast.Assign(targets=[ast.Name("x", ast.Store())], value=ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7))),
    ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Name("x", ast.Load()), ast.Constant("is the answer")], [])),
    ast.FunctionDef(name="g", args=ast.arguments(posonlyargs=[], args=[ast.arg("y")], kwonlyargs=[], kw_defaults=[], defaults=[]),
                    body=[ast.Return(ast.JoinedStr([ast.Constant("y="), ast.FormattedValue(ast.Name("y", ast.Load()), 114, None)]))],
                    decorator_list=[]),
    ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Call(ast.Name("g", ast.Load()), [ast.Constant("q")], [])], [])),
], type_ignores=[])
ast.fix_missing_locations(m)
exec(compile(m, "<built>", "exec"), {})
print(ast.unparse(m))

# Constant tuples and frozensets (as optimizers produce) are valid constants.
e = ast.fix_missing_locations(ast.Expression(ast.Constant((1, (2, "three"), frozenset({4})))))
print(eval(compile(e, "<c>", "eval")))

# compile(tree, ..., PyCF_ONLY_AST) gives the tree back.
t = ast.parse("x")
print(compile(t, "<t>", "exec", ast.PyCF_ONLY_AST) is t)

# literal_eval
for text in ["[1, (2, 3), {'a': -1.5j}, None, True]", "{1, 2}", "-7 + 3j", "b'xy' ", "set()", "'s' 'u'",
             "(1, [2, {3: (4,)}])", "1e400", "-0.0"]:
    print(repr(ast.literal_eval(text)))
for text in ["f(1)", "a + b", "[x for x in y]", "1 +"]:
    try:
        ast.literal_eval(text)
    except (ValueError, SyntaxError) as exc:
        print(type(exc).__name__, message(exc))

# unparse round trips
for text in ["a = (1, 2)", "x = lambda *a, **k: (yield)", "print(f'{x!r:>10}', sep='')",
             "def f[T](x: T=1, /, *, y) -> list[T]:\n    pass", "del a[1:2, ::3]", "assert not (a and b) or c",
             "with a as (b, c):\n    pass", "x = -(-1) ** 2", "from .. import x as y", "(a := 1) + a",
             "match x:\n    case {'a': 1, **r} | [1, *_]:\n        pass", "@d\nclass A(B, **kw):\n    x: int = 3"]:
    u = ast.unparse(ast.parse(text))
    print(u)
    print(ast.dump(ast.parse(u)) == ast.dump(ast.parse(text)))

# Malformed trees
L = ast.Load()
def mod(*stmts):
    return ast.fix_missing_locations(ast.Module(body=list(stmts), type_ignores=[]))
bad = [
    ast.Module(body=[ast.Expr()], type_ignores=[]),
    mod(ast.Expr(ast.Name("x", ast.Store()))),
    mod(ast.Assign(targets=[ast.Name("x", L)], value=ast.Constant(1))),
    mod(ast.Delete(targets=[ast.Name("x", L)])),
    ast.Module(body=ast.Pass(), type_ignores=[]),
    mod(ast.Expr(ast.Constant([1]))),
    mod(ast.Expr(ast.Name(1, L))),
    mod(ast.Expr(ast.Name("None", L))),
    mod(ast.Expr(ast.BinOp(ast.Constant(1), L, ast.Constant(2)))),
    mod(ast.Expr(ast.Name("x"))),
    mod(ast.If(ast.Constant(1), [], [])),
    mod(ast.While(ast.Constant(1), [], [])),
    mod(ast.Try([ast.Pass()], [], [], [])),
    mod(ast.Expr(ast.BoolOp(ast.And(), [ast.Constant(1)]))),
    mod(ast.Expr(ast.Compare(ast.Constant(1), [], []))),
    mod(ast.Expr(ast.Dict([ast.Constant(1)], []))),
    mod(ast.ImportFrom("m", [ast.alias("a")], -1)),
    mod(ast.Expr(ast.Constant(1, kind=3))),
    mod(ast.Pass(lineno="a")),
    ast.fix_missing_locations(ast.Expression(ast.Pass())),
]
for tree in bad:
    try:
        compile(tree, "<bad>", "exec")
        print("compiled")
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, message(exc))
for tree, mode in [(ast.parse("x"), "eval"), (ast.parse("x", mode="eval"), "exec"), (ast.Interactive(body=[]), "exec")]:
    try:
        compile(tree, "<m>", mode)
    except TypeError as exc:
        print("TypeError", exc)
