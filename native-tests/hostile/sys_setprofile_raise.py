# expect: ok
import sys
calls = 0
def prof(frame, event, arg):
    global calls
    calls += 1
sys.setprofile(prof)
sum(range(10))
sys.setprofile(None)
assert calls > 0
