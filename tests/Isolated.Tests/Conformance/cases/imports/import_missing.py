try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    import conf_mod.sub
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from conf_mod import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).replace(e.path, "<path>"), e.name)
try:
    from conf_pkg import not_a_submodule
except ImportError as e:
    print(str(e).split(" (")[0])
try:
    import conf_pkg.not_a_submodule
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
