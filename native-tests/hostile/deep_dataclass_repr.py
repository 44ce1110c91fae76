# expect: RecursionError
import dataclasses
@dataclasses.dataclass
class N:
    x: object
n = None
for i in range(200000):
    n = N(n)
repr(n)
