# expect: SyntaxError,RecursionError,MemoryError
import ast
ast.parse("lambda: " * 100000 + "1")
