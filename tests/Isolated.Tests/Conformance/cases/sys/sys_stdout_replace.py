import sys
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
saved = sys.stdout
cap = Capture()
sys.stdout = cap
print("hello", 42, sep="|")
print("second", end="!")
sys.stdout = saved
print(cap.parts)
print(sys.stdout is sys.__stdout__)
print("to file", file=cap)
print(cap.parts[-2:])
