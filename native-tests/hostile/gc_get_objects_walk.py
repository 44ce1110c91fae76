# expect: ok
# budget-ms: 60000
# Walking everything the collector tracks, and what refers to it, must not reach the host's or
# another interpreter's objects (Isolated's gc.get_objects/get_referrers answer empty lists: .NET's
# collector keeps no object list; get_referents too).
import gc
objs = gc.get_objects()
n = 0
for o in objs:
    n += 1
    try:
        gc.get_referents(o)
    except Exception:
        pass
gc.get_referrers(gc)
for gen in range(3):
    gc.get_objects(gen)
gc.freeze()
gc.unfreeze()
gc.set_threshold(1, 1, 1)
gc.collect()
