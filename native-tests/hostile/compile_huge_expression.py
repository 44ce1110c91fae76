# expect: ok
# budget-ms: 60000
import random
random.seed(1)
parts = [str(random.randint(1, 9)) for _ in range(200000)]
ops = '+-*'
src = parts[0] + ''.join(random.choice(ops) + p for p in parts[1:])
try:
    eval(src)
except (RecursionError, MemoryError):
    pass
