# conformance: stderr
def cleanup():
    raise RuntimeError("cleanup failed")

try:
    int("not a number")
except ValueError:
    cleanup()
