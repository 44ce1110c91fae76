def lazy():
    import conf_mod
    from conf_pkg import sub
    return conf_mod.value, sub.thing
print(lazy())
print("conf_mod" in globals())
import sys
print("conf_mod" in sys.modules)
