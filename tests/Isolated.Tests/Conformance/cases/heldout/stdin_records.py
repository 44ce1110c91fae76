import sys
first = input()
n = int(first)
people = []
for _ in range(n):
    name, age, city = input().split(",")
    people.append((name.strip(), int(age), city.strip()))
print(f"read {len(people)} people")
for name, age, city in sorted(people, key=lambda p: (p[2], -p[1])):
    print(f"{name:<8}{age:>4}  {city}")
nums = list(map(int, sys.stdin.readline().split()))
print("sum", sum(nums), "max", max(nums), "sorted", sorted(nums))
rest = sys.stdin.read().splitlines()
print(len(rest), rest)
matrix = [list(map(int, line.split())) for line in rest if line and line[0].isdigit()]
print(matrix, [sum(col) for col in zip(*matrix)])
try:
    input()
except EOFError as e:
    print("EOFError", repr(str(e)))
