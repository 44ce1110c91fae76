# expect: ok
import weakref, gc
class O:
    pass
refs = []
def cb(r):
    o = O()
    refs.append(weakref.ref(o, cb) if len(refs) < 10000 else None)
for i in range(1000):
    o = O()
    refs.append(weakref.ref(o, cb))
    del o
gc.collect()
