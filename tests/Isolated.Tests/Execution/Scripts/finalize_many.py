# N instances of a class with __del__, made and dropped in a loop (a rebound name, then bare
# expression statements): every one is finalized, and the number made but not yet finalized
# stays bounded (memory stays flat). Prints "FAIL ..." per failed check, then "N checks, 0 failed".
import gc
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
finalized = 0
checks = failed = 0

def check(ok, what):
    global checks, failed
    checks += 1
    if not ok:
        failed += 1
        print("FAIL", what)

class Tracked:
    __slots__ = ("i",)
    def __init__(self, i):
        self.i = i
    def __del__(self):
        global finalized
        finalized += 1

def run(pattern):
    global finalized
    finalized = 0
    peak = 0
    if pattern == "rebind":
        for i in range(N):
            x = Tracked(i)
            if i % 1000 == 0:
                peak = max(peak, i + 1 - finalized)
        del x
    else:
        for i in range(N):
            Tracked(i)
            if i % 1000 == 0:
                peak = max(peak, i + 1 - finalized)
    gc.collect()
    check(finalized == N, f"{pattern}: {finalized} of {N} finalized")
    # Unfinalized objects pile up only between two collections (a few MB of them at most).
    check(peak < max(N // 4, 50_000), f"{pattern}: up to {peak} made but not finalized")

run("rebind")
run("expression")
print(f"{checks} checks, {failed} failed")
