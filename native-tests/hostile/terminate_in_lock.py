# expect: terminated
# terminate-after-ms: 100
import threading
lock = threading.Lock()
lock.acquire()
lock.acquire()
