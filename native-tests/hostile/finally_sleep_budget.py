# expect: terminated
# budget-ms: 300
import time
try:
    time.sleep(1000)
finally:
    time.sleep(1000)
