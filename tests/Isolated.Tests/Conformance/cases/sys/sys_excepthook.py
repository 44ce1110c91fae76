# conformance: stderr
import sys
def hook(t, v, tb):
    print("hook:", t.__name__, v, tb is not None)
sys.excepthook = hook
print(sys.__excepthook__ is not hook)
raise ValueError("handled by hook")
