import sys
print("sys" in sys.modules, sys.modules["sys"] is sys, "builtins" in sys.modules)
print(sys.modules["__main__"].__name__, __name__)
print(type(sys.modules).__name__, type(sys.meta_path).__name__, type(sys.path_hooks).__name__)
print(type(sys.path_importer_cache).__name__)
import builtins
print(builtins.__name__, builtins.print is print, builtins.len is len)
m = sys.modules[__name__]
x = 42
print(m.x, m.__dict__ is globals())
