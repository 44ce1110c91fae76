from . import sub
from .sub import thing
from . import value as pkg_value
result = (sub.__name__, thing, pkg_value, __package__)
