# expect: terminated
# terminate-after-ms: 100
import threading
c = threading.Condition()
with c:
    while True:
        try:
            c.wait()
        except BaseException:
            pass
