import sys
import conf_side
import conf_side
print(sys.modules["conf_side"] is conf_side)
conf_side.counter += 1
import conf_side as again
print(again.counter)
del sys.modules["conf_side"]
import conf_side as fresh
print(fresh is conf_side, fresh.counter)
