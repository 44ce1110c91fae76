# expect: terminated
# budget-ms: 300
try:
    while True:
        pass
finally:
    while True:
        pass
