# expect: terminated,RuntimeError,MemoryError
# budget-ms: 2000
# terminate-before-end: yes
import threading
def f():
    threading.Event().wait()
ts = []
while True:
    t = threading.Thread(target=f)
    t.start()
    ts.append(t)
