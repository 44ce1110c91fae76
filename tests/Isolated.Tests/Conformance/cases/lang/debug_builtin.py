# __debug__ is a builtin constant (True without -O); test modules and programs branch on it.
import builtins
print(__debug__, builtins.__debug__, type(__debug__).__name__)
if __debug__:
    print("debug branch")
try:
    assert 1 == 2, "asserts run when __debug__ is true"
except AssertionError as e:
    print("AssertionError:", e)
print("__debug__" in dir(builtins))
