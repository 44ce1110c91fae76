# expect: terminated
# budget-ticks: 1000000
while True:
    pass
