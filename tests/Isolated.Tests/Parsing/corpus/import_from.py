from . import a
from .. import b as c
from ...pkg.mod import (x, y as z,)
from ....... import q
from m import *
