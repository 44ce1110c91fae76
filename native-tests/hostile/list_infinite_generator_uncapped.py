# expect: terminated
# budget-ms: 400
def forever():
    while True:
        yield 0
list(forever())
