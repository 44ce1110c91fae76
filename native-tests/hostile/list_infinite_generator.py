# expect: MemoryError,terminated
# memory-limit: 100000000
# budget-ms: 20000
import itertools
list(itertools.count())
