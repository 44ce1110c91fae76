import sys
print(sys.gettrace())
def tracer(frame, event, arg):
    return None
sys.settrace(None)
print(sys.gettrace())
print(callable(sys.getprofile) and sys.getprofile() is None)
print(sys.is_finalizing())
