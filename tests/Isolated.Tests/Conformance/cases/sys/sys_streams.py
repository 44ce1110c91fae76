import sys
for s in (sys.stdin, sys.stdout, sys.stderr):
    print(s.encoding, s.fileno(), s.writable(), s.readable())
n = sys.stdout.write("written\n")
print(n)
print(sys.stdin.readline(), end="")
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.read()))
