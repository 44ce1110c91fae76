name = input("name? ")
print("hello", name)
age = input()
print(int(age) + 1)
try:
    input("more? ")
except EOFError as e:
    print("EOF:", e)
