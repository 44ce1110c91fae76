# expect: RuntimeError
# config: no-threads
import _thread
_thread.start_new_thread(print, ())
