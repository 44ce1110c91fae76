# expect: ImportError,KeyError
# valgrind: run
import builtins
del builtins.__import__
import json
