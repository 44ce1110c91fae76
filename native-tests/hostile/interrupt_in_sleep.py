# expect: KeyboardInterrupt
# valgrind: run
# interrupt-after-ms: 100
import time
time.sleep(1000)
