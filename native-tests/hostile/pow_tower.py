# expect: terminated,MemoryError
# budget-ms: 500
10**10**10
