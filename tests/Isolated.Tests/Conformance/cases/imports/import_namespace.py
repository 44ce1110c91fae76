import conf_ns.part
print(conf_ns.part.name)
print(getattr(conf_ns, "__file__", None), conf_ns.__spec__.origin)
print(type(conf_ns.__path__).__name__ != "", len(list(conf_ns.__path__)))
from conf_ns import part
print(part is conf_ns.part)
