# sys.stdout.buffer / sys.stdin.buffer: bytes interleaved with text in order, reconfigure, attributes.
import sys

print("text first")
sys.stdout.flush()
sys.stdout.buffer.write(b"raw bytes \xc3\xa9\n")
n = sys.stdout.buffer.write(bytearray(b"bytearray\n"))
sys.stdout.buffer.write(memoryview(b"memoryview\n"))
sys.stdout.buffer.flush()
print("written", n)
print(sys.stdout.buffer.mode, sys.stdin.buffer.mode, sys.stdout.buffer.writable(), sys.stdin.buffer.readable())
print(sys.stdout.buffer is sys.stdout.buffer, sys.stdout.buffer.closed)
print(type(sys.stdout.buffer).__name__, type(sys.stdin.buffer).__name__, sys.stdout.buffer.fileno())
try:
    sys.stdout.buffer.write("text")
except TypeError as e:
    print("TypeError:", e)
sys.stdout.reconfigure(line_buffering=True)
print("line buffering:", sys.stdout.line_buffering)
sys.stdout.reconfigure(encoding="utf-8")
print("encoding:", sys.stdout.encoding)
data = sys.stdin.buffer.read()
print(type(data).__name__, len(data), data.split())
print(sum(int(x) for x in data.split()))
print(sys.stdin.buffer.read(), sys.stdin.buffer.readline())
out = sys.stdout.buffer
out.write("é done\n".encode())
out.flush()
