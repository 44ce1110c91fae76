def f():
    x = 1;
class C:
    pass;
if a:
    b;
