# expect: ok
# interrupt-after-ms: 100
try:
    while True:
        pass
except KeyboardInterrupt:
    pass
