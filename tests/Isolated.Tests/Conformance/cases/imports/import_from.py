from conf_pkg import sub, value
from conf_pkg.sub import thing as t, where
from conf_mod import double
print(sub.__name__, value, t, where(), double(21))
import sys
print("conf_pkg" in sys.modules, "conf_pkg.sub" in sys.modules)
