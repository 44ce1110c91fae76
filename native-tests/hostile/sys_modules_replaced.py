# expect: ok
import sys
class Evil(dict):
    def __getitem__(self, k):
        raise SystemExit
sys.modules = Evil()
sys.path = None
sys.meta_path = None
