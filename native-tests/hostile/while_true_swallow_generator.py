# expect: terminated
# terminate-after-ms: 200
def g():
    while True:
        try:
            yield
        except BaseException:
            pass
gen = g()
while True:
    try:
        for _ in gen:
            pass
    except BaseException:
        pass
