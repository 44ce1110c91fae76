# expect: terminated
# terminate-after-ms: 100
import threading
threading.Event().wait()
