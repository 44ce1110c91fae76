"""Seeded simulations: Monte Carlo pi, a dice game, a random walk, weighted sampling and shuffles (random, statistics, collections, bisect)."""
import bisect
import collections
import itertools
import random
import statistics

rng = random.Random(2024)
inside = sum(1 for _ in range(20000) if rng.random() ** 2 + rng.random() ** 2 <= 1)
print("pi ~", 4 * inside / 20000)

def play(rng, rounds=1000):
    wins = collections.Counter()
    for _ in range(rounds):
        a = sorted((rng.randint(1, 6) for _ in range(3)), reverse=True)[:2]
        d = sorted((rng.randint(1, 6) for _ in range(2)), reverse=True)
        for x, y in zip(a, d):
            wins["attacker" if x > y else "defender"] += 1
    return wins
print(play(random.Random(1)).most_common())

walk = list(itertools.accumulate(random.Random(5).choice((-1, 1)) for _ in range(1000)))
print(walk[-1], max(walk), min(walk), statistics.mean(walk), sum(1 for a, b in zip(walk, walk[1:]) if a == 0))

weights = {"common": 70, "rare": 25, "epic": 4.5, "legendary": 0.5}
cum = list(itertools.accumulate(weights.values()))
r = random.Random(99)
draws = collections.Counter(list(weights)[bisect.bisect(cum, r.random() * cum[-1])] for _ in range(10000))
print(sorted(draws.items()), collections.Counter(random.Random(99).choices(list(weights), weights=list(weights.values()), k=10000)) == draws)

deck = [f"{rank}{suit}" for suit in "SHDC" for rank in "A23456789TJQK"]
r = random.Random(42)
r.shuffle(deck)
hands = [deck[i::4][:5] for i in range(4)]
print(hands)
print(r.sample(deck, 3), r.choice(deck), r.randrange(10, 100, 5), r.getrandbits(33), r.uniform(-1, 1))
samples = [random.Random(s).gauss(100, 15) for s in range(200)]
print(round(statistics.mean(samples), 6), round(statistics.stdev(samples), 6), round(statistics.median(samples), 6))
r = random.Random(3)
print([round(r.expovariate(0.5), 6) for _ in range(3)], [round(r.triangular(0, 1, 0.2), 6) for _ in range(2)], r.binomialvariate(20, 0.25))
r1 = random.Random(10); state = r1.getstate(); x = [r1.random() for _ in range(3)]; r1.setstate(state)
print(x == [r1.random() for _ in range(3)], random.Random(10).random() == x[0])
print(sorted(random.Random(8).sample(range(1_000_000), 5)), random.Random(0).randbytes(6).hex(), random.Random("str-seed").randint(0, 10**9))
