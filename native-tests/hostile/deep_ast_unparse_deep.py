# expect: RecursionError,MemoryError
import ast
e = ast.Constant(1)
for i in range(100000):
    e = ast.UnaryOp(ast.USub(), e)
ast.unparse(ast.Expression(e))
