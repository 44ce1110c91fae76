# Discrete-event simulation of a bank queue with random.seed: arrivals, tellers, waiting statistics.
import random
import heapq
import statistics


def simulate(seed, tellers, minutes=240, arrival_rate=1.2, service_mean=3.5):
    rng = random.Random(seed)
    events = []
    t = 0.0
    cid = 0
    while True:
        t += rng.expovariate(arrival_rate)
        if t > minutes:
            break
        cid += 1
        heapq.heappush(events, (t, "arrive", cid))
    free_at = [0.0] * tellers
    waits = []
    served_by = [0] * tellers
    queue_len_samples = []
    pending = []
    while events:
        time_, kind, c = heapq.heappop(events)
        teller = min(range(tellers), key=lambda i: (free_at[i], i))
        start = max(time_, free_at[teller])
        service = rng.gauss(service_mean, 1.0)
        service = max(0.5, service)
        free_at[teller] = start + service
        served_by[teller] += 1
        waits.append(start - time_)
        pending = [f for f in pending if f > time_]
        pending.append(start)
        queue_len_samples.append(sum(1 for f in pending if f > time_))
    return {
        "customers": cid,
        "mean_wait": round(statistics.fmean(waits), 3),
        "max_wait": round(max(waits), 3),
        "p90_wait": round(statistics.quantiles(waits, n=10)[-1], 3),
        "served_by": served_by,
        "closing": round(max(free_at), 2),
        "max_queue": max(queue_len_samples),
    }


for tellers in (3, 4, 5):
    r = simulate(42, tellers)
    print(tellers, r)
rng = random.Random(7)
walk = [0]
for _ in range(50):
    walk.append(walk[-1] + rng.choice((-1, 1)))
print(walk[-1], max(walk), min(walk), walk[:12])
rng.seed("a string seed")
print(rng.randint(1, 6), [rng.randint(1, 6) for _ in range(10)])
dice = random.Random(99)
counts = [0] * 13
for _ in range(3000):
    counts[dice.randint(1, 6) + dice.randint(1, 6)] += 1
for total in range(2, 13):
    print(f"{total:2} {counts[total]:4} {'#' * (counts[total] // 20)}")
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.Random(5).shuffle(deck)
print(deck[:13])
state = random.Random(1).getstate()
a = random.Random()
a.setstate(state)
print(a.random() == random.Random(1).random(), random.Random(3).getrandbits(40), random.Random(3).randbytes(5).hex())
print(round(random.Random(2).triangular(0, 10, 3), 6), round(random.Random(2).betavariate(2, 5), 6), round(random.Random(2).normalvariate(5, 2), 6))
