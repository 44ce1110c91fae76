# expect: RecursionError,MemoryError
import ast
e = ast.Constant(1)
for i in range(20000):
    e = ast.UnaryOp(ast.USub(), e)
compile(ast.fix_missing_locations(ast.Expression(e)), "s", "eval")
