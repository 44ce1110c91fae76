# expect: RecursionError,MemoryError,SyntaxError
import ast
tree = ast.parse('-' * 2000 + '1')
ast.dump(tree)
ast.literal_eval('-' * 200000 + '1')
