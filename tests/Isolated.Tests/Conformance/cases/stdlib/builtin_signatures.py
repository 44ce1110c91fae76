# inspect.signature() of builtins: the __text_signature__ of builtin functions, methods, slot
# wrappers and types, and ValueError for the builtins CPython itself gives no signature.
import builtins
import cmath
import functools
import inspect
import itertools
import math
import operator
import re


def sig(obj):
    try:
        return str(inspect.signature(obj))
    except ValueError as e:
        return re.sub(" at 0x[0-9a-f]+", "", f"ValueError: {e}")
    except TypeError as e:
        return f"TypeError: {e}"


def show(label, obj):
    print(f"{label}: {sig(obj)}")


for name in sorted(vars(builtins)):
    value = getattr(builtins, name)
    if type(value).__name__ == "builtin_function_or_method" and name != "breakpoint":   # not built in yet
        show(f"builtins.{name}", value)
for name in ["int", "str", "bytes", "list", "dict", "set", "tuple", "range", "object", "type", "float",
             "complex", "bool", "enumerate", "zip", "map", "filter", "slice", "property"]:
    show(name, getattr(builtins, name))
for t in (str, list, dict):
    for name in sorted(vars(t)):
        if not name.startswith("_") or name in ("__len__", "__getitem__", "__contains__", "__add__", "__sizeof__"):
            show(f"{t.__name__}.{name}", getattr(t, name))
for module in (math, cmath, operator):
    for name in sorted(vars(module)):
        value = getattr(module, name)
        if type(value).__name__ == "builtin_function_or_method" and not name.startswith("_"):
            show(f"{module.__name__}.{name}", value)
for name in sorted(vars(itertools)):
    value = getattr(itertools, name)
    if not name.startswith("_") and callable(value):
        show(f"itertools.{name}", value)
for name in ["reduce", "cmp_to_key", "partial"]:
    show(f"functools.{name}", getattr(functools, name))

# Bound methods lose their self, class methods their class.
show("'a,b'.split", "a,b".split)
show("[].append", [].append)
show("{}.get", {}.get)
show("dict.fromkeys", dict.fromkeys)
show("int.from_bytes", int.from_bytes)
show("(1).__add__", (1).__add__)
print("len.__text_signature__:", len.__text_signature__)
print("dict.pop.__text_signature__:", dict.pop.__text_signature__)
print("str.__text_signature__:", str.__text_signature__)
