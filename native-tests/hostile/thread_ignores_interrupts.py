# expect: terminated
# valgrind: run
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
