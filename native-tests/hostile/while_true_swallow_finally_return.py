# expect: terminated
# terminate-after-ms: 200
# A finally block that returns (which discards the exception in CPython) cannot swallow a
# termination either: it is raised again at the next check.
def f():
    try:
        while True:
            pass
    finally:
        return 1
while True:
    f()
