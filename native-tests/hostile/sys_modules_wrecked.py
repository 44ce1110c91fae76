# expect: ok
import sys
sys.modules.clear()
sys.modules['os'] = None
sys.modules['json'] = 42
sys.path[:] = []
sys.meta_path[:] = []
sys.path_hooks[:] = []
try:
    import os
except ImportError:
    pass
try:
    import collections
except ImportError:
    pass
