# expect: terminated
# valgrind: run
# terminate-after-ms: 200
# terminate-repeat: 3
# The rule: a termination runs finally blocks; a finally block that never ends is stopped by
# the next termination request (a second PyIsolated_TERMINATE, or the time budget).
try:
    while True:
        pass
finally:
    while True:
        pass
