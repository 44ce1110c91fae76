# expect: terminated
# terminate-after-ms: 200
def key(x):
    try:
        while True:
            pass
    except BaseException:
        return x
sorted(range(10), key=key)
