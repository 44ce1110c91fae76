# expect: terminated
# valgrind: run
# terminate-after-ms: 100
import queue
queue.Queue().get()
