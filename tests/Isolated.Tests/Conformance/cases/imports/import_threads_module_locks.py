# Per-module import locks: threads importing the same module at once wait for the one loading it
# (nobody sees it half initialised, its body runs once); a circular import across two threads
# (a imports b while b imports a) completes with the partially initialised module instead of
# deadlocking; many threads importing many modules in different orders load each module once.
import os
import sys
import tempfile
import threading

root = tempfile.mkdtemp()
sys.path.insert(0, root)


def write(name, text):
    with open(os.path.join(root, name + ".py"), "w") as f:
        f.write(text)


loads = []
sys.modules["_lock_probe"] = type(sys)("_lock_probe")
sys.modules["_lock_probe"].loads = loads

write("slowmod", "import time, _lock_probe\n_lock_probe.loads.append('slowmod')\n"
                 "time.sleep(0.3)\nDONE = True\n")
barrier = threading.Barrier(6)
seen = []


def import_slow():
    barrier.wait()
    import slowmod
    seen.append(getattr(slowmod, "DONE", False))


threads = [threading.Thread(target=import_slow) for _ in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("slow module seen complete by all:", seen == [True] * 6, "loaded", loads.count("slowmod"), "time(s)")

write("cyc_a", "import time, _lock_probe\n_lock_probe.loads.append('cyc_a')\ntime.sleep(0.3)\n"
               "import cyc_b\nA = 'a'\n")
write("cyc_b", "import time, _lock_probe\n_lock_probe.loads.append('cyc_b')\ntime.sleep(0.3)\n"
               "import cyc_a\nB = 'b'\n")
pair = threading.Barrier(2)
results = {}


def import_one(name):
    pair.wait()
    try:
        module = __import__(name)
        results[name] = "ok"
    except Exception as e:
        results[name] = type(e).__name__


ta = threading.Thread(target=import_one, args=("cyc_a",))
tb = threading.Thread(target=import_one, args=("cyc_b",))
ta.start(); tb.start(); ta.join(); tb.join()
import cyc_a, cyc_b
print("circular across threads:", sorted(results.items()), cyc_a.A, cyc_b.B,
      sorted(loads[loads.index("slowmod") + 1:]))

names = [f"many_{i}" for i in range(20)]
for i, name in enumerate(names):
    deps = "".join(f"import {names[j]}\n" for j in range(i + 1, min(i + 3, len(names))))
    write(name, f"import _lock_probe\n_lock_probe.loads.append({name!r})\n{deps}VALUE = {i}\n")
many_barrier = threading.Barrier(8)
errors = []


def import_many(k):
    many_barrier.wait()
    order = names[k:] + names[:k] if k % 2 else list(reversed(names))
    for name in order:
        try:
            module = __import__(name)
            if module.VALUE != names.index(name):
                errors.append(name)
        except Exception as e:
            errors.append(f"{name}: {type(e).__name__}: {e}")


threads = [threading.Thread(target=import_many, args=(k,)) for k in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("many modules:", errors, all(loads.count(n) == 1 for n in names), len([l for l in loads if l.startswith("many_")]))

import shutil
sys.path.remove(root)
shutil.rmtree(root)
