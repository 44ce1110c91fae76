# gc's object-graph functions: what a debugging session asks of them.
import gc

class Node:
    def __init__(self, payload):
        self.payload = payload

payload = [1, 2, 3]
holder = {'key': payload}
node = Node(payload)

objects = gc.get_objects()
print('holder listed:', any(o is holder for o in objects))
print('node listed:', any(o is node for o in objects))
print('ints not listed:', not any(type(o) is int for o in objects))
print('payload in referents of holder:', any(r is payload for r in gc.get_referents(holder)))
print('items of a list:', sorted(r for r in gc.get_referents(payload)))
referrers = gc.get_referrers(payload)
print('holder refers to payload:', any(r is holder for r in referrers))
print('no referrers of nothing:', gc.get_referrers())
print('tracked:', gc.is_tracked(payload), gc.is_tracked(holder), gc.is_tracked(1), gc.is_tracked('s'))
for bad in (3, -2):
    try:
        gc.get_objects(bad)
    except ValueError as e:
        print('ValueError:', e)
print('stats:', len(gc.get_stats()), sorted(gc.get_stats()[0]))
