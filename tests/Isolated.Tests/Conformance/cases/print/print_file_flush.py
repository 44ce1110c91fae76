import sys
class W:
    def __init__(self): self.log = []
    def write(self, s): self.log.append(("write", s))
    def flush(self): self.log.append(("flush",))
w = W()
print("x", 1, file=w)
print("y", file=w, flush=True)
print(file=w, end="")
print(w.log)
print("to stderr", file=sys.stderr)
print("done", flush=True)
print("none file", file=None)
