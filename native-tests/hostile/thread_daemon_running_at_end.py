# expect: ok
# config: legacy
import threading, time
ev = threading.Event()
def spin():
    ev.set()
    while True:
        pass
threading.Thread(target=spin, daemon=True).start()
ev.wait()
