import sys
sys.set_int_max_str_digits(1000)
big = 10 ** 1500
try:
    str(big)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(0)
print(len(str(big)))
