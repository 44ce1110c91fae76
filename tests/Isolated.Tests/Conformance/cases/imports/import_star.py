from conf_star import *
print(public_a, public_b, func())
print("_private" in dir())
from conf_all import *
print(exported, also)
try:
    not_exported
except NameError as e:
    print("NameError:", e)
from conf_pkg import *
print(value, sub.thing)
