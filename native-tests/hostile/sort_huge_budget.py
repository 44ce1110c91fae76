# expect: terminated
# budget-ms: 300
import random
random.seed(0)
l = [random.random() for _ in range(100000)]
while True:
    sorted(l)
