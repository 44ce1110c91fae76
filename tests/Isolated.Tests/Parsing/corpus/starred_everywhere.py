a = *b, c
print(*a, *b)
[*a]
{*a}
(*a,)
for x in *a, b: pass
def f(): return *a, *b
x = [*a, *b]
