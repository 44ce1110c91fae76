import sys
try:
    import conf_circ_bad_a
except ImportError as e:
    print(type(e).__name__, e)
    print(e.name)
print("conf_circ_bad_a" in sys.modules, "conf_circ_bad_b" in sys.modules)
