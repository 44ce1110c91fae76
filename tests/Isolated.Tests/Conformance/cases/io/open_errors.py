import iotemp
p = iotemp.path("x.txt")
with open(p, "w") as f:
    f.write("x")
def t(*a, **k):
    try:
        f = open(*a, **k)
        print("opened", type(f).__name__)
        f.close()
    except Exception as e:
        print(type(e).__name__, iotemp.hide(e, p))
t(p, "rr"); t(p, "rw"); t(p, "rbt"); t(p, "q"); t(p, "b"); t(p, 5)
t(p, "rb", encoding="utf-8"); t(p, "rb", errors="x"); t(p, "rb", newline="")
t([]); t(p + ".missing"); t("/tmp"); t(p, "x"); t(p, "r", encoding="bogus"); t(p, "U")
t(p, buffering="a"); t(p, "r", newline="x"); t(p, "w", buffering=0); t(p, "wb", buffering=0)
t(1.5)
try:
    open(p + ".missing")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename == p + ".missing")
iotemp.cleanup()
