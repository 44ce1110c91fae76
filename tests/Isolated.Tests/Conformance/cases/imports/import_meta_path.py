import sys

class Spec:
    def __init__(self, name, loader):
        self.name = name
        self.loader = loader
        self.origin = "virtual"
        self.loader_state = None
        self.submodule_search_locations = None
        self.cached = None
        self.has_location = False
        self.parent = name.rpartition(".")[0]

class VirtualLoader:
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.greeting = "hello from " + module.__name__

class Finder:
    def __init__(self):
        self.asked = []
    def find_spec(self, name, path, target=None):
        self.asked.append(name)
        if name.startswith("virtual_"):
            return Spec(name, VirtualLoader())
        return None

finder = Finder()
sys.meta_path.insert(0, finder)
import virtual_one
print(virtual_one.greeting, virtual_one.__spec__.origin, virtual_one.__loader__.__class__.__name__)
import conf_mod
print("virtual_one" in finder.asked, "conf_mod" in finder.asked)
sys.meta_path.remove(finder)
try:
    import virtual_two
except ModuleNotFoundError as e:
    print(e)
