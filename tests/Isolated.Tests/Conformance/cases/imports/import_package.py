import conf_pkg.sub
print(conf_pkg.value, conf_pkg.sub.thing, conf_pkg.sub.where())
print(conf_pkg.__name__, conf_pkg.__package__, conf_pkg.__spec__.parent, conf_pkg.sub.__package__)
print(type(conf_pkg.__path__).__name__, len(conf_pkg.__path__), conf_pkg.__path__[0].endswith("conf_pkg"))
print(conf_pkg.__file__.endswith("conf_pkg/__init__.py"), conf_pkg.__loader__.is_package("conf_pkg"))
print(conf_pkg.__spec__.submodule_search_locations == conf_pkg.__path__)
import conf_pkg.sub as s
print(s is conf_pkg.sub)
