import conf_replace
print(type(conf_replace).__name__, conf_replace.answer)
import conf_getattr
print(conf_getattr.dynamic)
try:
    conf_getattr.missing
except AttributeError as e:
    print(e)
from conf_getattr import dynamic
print(dynamic)
