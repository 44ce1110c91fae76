import sys
print(__name__, __spec__, __package__)
print(__file__.endswith("import_main_module.py"), sys.modules["__main__"].__file__ == __file__)
print(__builtins__.__name__ if hasattr(__builtins__, "__name__") else type(__builtins__).__name__)
if __name__ == "__main__":
    print("running as main")
