# A beginner's menu program: introspects a few modules, then leaves with exit().
import math
import string
import random

print("math names:", [n for n in dir(math) if not n.startswith("_")][:12])
print("math has pi:", "pi" in dir(math), "__class__" in dir(math), "__name__" in dir(math))
print("string:", [n for n in dir(string) if not n.startswith("_")])
print("str methods:", [m for m in dir(str) if not m.startswith("_")][:10])
print("str dunders:", [m for m in dir(str) if m.startswith("__") and m.endswith("__")])
print("list dunders:", [m for m in dir(list) if m.startswith("__")])
print("tuple:", dir(tuple)[-2:], "__radd__" in dir(bytes), "__rmul__" in dir(list))
print(sorted(set(dir(random)) & {"randint", "choice", "shuffle", "seed"}))
print(callable(exit), callable(quit), str(exit), repr(quit))

items = {"1": ("coffee", 2.5), "2": ("tea", 1.75), "3": ("cake", 3.0)}
orders = ["1", "3", "9", "2", "q", "1"]
total = 0.0

def show_menu():
    for key, (name, price) in items.items():
        print(f"  {key}) {name:<8} ${price:.2f}")
    print("  q) quit")

show_menu()
for choice in orders:
    if choice == "q":
        print(f"Total: ${total:.2f}")
        print("Goodbye!")
        exit(0 if total < 10 else 2)
    elif choice in items:
        name, price = items[choice]
        total += price
        print(f"Added {name}, running total ${total:.2f}")
    else:
        print(f"Invalid choice {choice!r}")
print("never printed")
