# expect: terminated
# budget-ticks: 100000
import itertools
list(itertools.repeat(1))
