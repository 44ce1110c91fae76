# expect: RecursionError,MemoryError,SyntaxError
import ast
e = ast.Constant(1, lineno=1, col_offset=0)
for i in range(200000):
    e = ast.UnaryOp(ast.USub(), e, lineno=1, col_offset=0)
compile(ast.Expression(e), 's', 'eval')
