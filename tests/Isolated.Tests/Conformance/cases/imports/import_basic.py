import conf_mod
print(conf_mod.value, conf_mod.double(4), conf_mod.__name__, conf_mod.__doc__)
print(conf_mod.__file__.endswith("_fixtures/conf_mod.py"), conf_mod.__package__ == "")
print(conf_mod.__spec__.name, conf_mod.__spec__.origin == conf_mod.__file__, conf_mod.__spec__.parent == "")
print(conf_mod.__spec__.has_location, conf_mod.__spec__.submodule_search_locations)
print(conf_mod.__loader__ is conf_mod.__spec__.loader, conf_mod.__loader__.is_package("conf_mod"))
print(type(conf_mod).__name__, "conf_mod" in __import__("sys").modules)
import conf_mod as alias
print(alias is conf_mod)
