# expect: SyntaxError,RecursionError,MemoryError,ValueError
import ast
ast.literal_eval("-" * 100000 + "1")
