from ..sub import thing
from .. import value
result = (thing, value, __name__, __package__)
