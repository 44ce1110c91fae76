# expect: terminated
# valgrind: run
# Under valgrind (session 5 CI, once) the termination struck in Condition.wait's finally before it
# took the lock back, and the with-statement's __exit__ then failed ('release unlocked lock') and
# replaced the termination. Now a termination waits for running cleanup code, and an exception
# raised by cleanup while a termination unwinds does not replace it.
# terminate-after-ms: 300
# terminate-before-end: yes
# A non-daemon thread that swallows everything: the termination reaches every thread of the
# interpreter, so the host can end it.
import threading
def spin():
    while True:
        try:
            while True:
                pass
        except BaseException:
            pass
for i in range(3):
    threading.Thread(target=spin).start()
while True:
    try:
        threading.Event().wait()
    except BaseException:
        pass
