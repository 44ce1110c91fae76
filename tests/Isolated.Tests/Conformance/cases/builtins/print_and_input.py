# print() options and input() from stdin: sep/end/file/flush, printing to stderr-free StringIO, reading lines until EOF.
import io
import sys

print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=" -> ", end=" |\n")
print()
print(*range(5), sep=", ")
print("no newline", end="")
print(" continued")
buf = io.StringIO()
print("to buffer", 42, file=buf, flush=True)
print(repr(buf.getvalue()))
print(None, True, 3.0, [1, "a"], {"k": (1,)}, b"x", sep=" | ")
name = input()
print(f"hello {name}!")
age = int(input("age? "))
print(f"next year {age + 1}")
numbers = list(map(int, input().split()))
print(sum(numbers), max(numbers))
rest = []
while True:
    try:
        line = input()
    except EOFError:
        break
    rest.append(line.strip())
print(rest, len(rest))
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=b"")
except TypeError as e:
    print("TypeError:", e)
print("done", file=sys.stdout)
