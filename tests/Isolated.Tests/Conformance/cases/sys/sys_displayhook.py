import sys, builtins
sys.displayhook(5)
print(builtins._)
sys.displayhook(None)
print(builtins._)
sys.displayhook("text")
print(repr(builtins._))
sys.displayhook([1, (2, "x")])
