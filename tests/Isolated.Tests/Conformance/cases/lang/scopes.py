x = "global"
def read():
    return x
def shadow():
    x = "local"
    return x
def modify():
    global x
    x = "modified"
print(read(), shadow(), x)
modify()
print(x)
def unbound():
    print(y)
    y = 1
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
class K:
    attr = "class attr"
    items = [attr for _ in range(2)] if False else None
    def method(self):
        return attr if False else self.attr
print(K().method())
def gen_scope():
    v = 1
    return [v + i for i in range(3)]
print(gen_scope())
print(sorted(k for k in locals() if not k.startswith("__"))[:3])
