# expect: ok
class N:
    __slots__=("n",)
n = None
for i in range(10**6):
    x = N(); x.n = n; n = x
del n, x
print("freed")
