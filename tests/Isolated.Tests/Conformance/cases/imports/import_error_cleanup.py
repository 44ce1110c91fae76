import sys
try:
    import conf_err
except RuntimeError as e:
    print("RuntimeError:", e)
print("conf_err" in sys.modules)
try:
    import conf_err
except RuntimeError as e:
    print("again:", e)
