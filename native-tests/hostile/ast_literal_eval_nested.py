# expect: RecursionError,MemoryError,SyntaxError
import ast
ast.literal_eval('[' * 100000 + ']' * 100000)
