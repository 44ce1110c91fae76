# random with seeds: reproducible sequences, sampling without replacement, weighted choices, shuffles, distributions, SystemRandom-free.
import random

random.seed(12345)
print([random.randint(1, 100) for _ in range(8)], round(random.random(), 10), random.choice("abcdefg"))
print(random.sample(range(50), 6), random.sample(["a", "b", "c", "d"], k=4), random.choices("xyz", k=5))
deck = list(range(1, 11))
random.shuffle(deck)
print(deck, random.randrange(10, 100, 5), random.getrandbits(70))
r = random.Random(2024)
print(round(r.uniform(-1, 1), 10), round(r.gauss(100, 15), 8), round(r.expovariate(0.5), 8), round(r.lognormvariate(0, 1), 8))
print(round(r.vonmisesvariate(0, 1), 8), round(r.gammavariate(2, 3), 8), round(r.paretovariate(3), 8), round(r.weibullvariate(1, 2), 8))
print(r.binomialvariate(10, 0.3) if hasattr(r, "binomialvariate") else "n/a", r.choices(range(5), cum_weights=[1, 2, 10, 11, 12], k=6))
hist = [0] * 5
r2 = random.Random(0)
for _ in range(10000):
    hist[r2.choices(range(5), weights=[1, 2, 3, 2, 2])[0]] += 1
print(hist)
a, b = random.Random(7), random.Random(7)
print([a.random() for _ in range(3)] == [b.random() for _ in range(3)])
state = a.getstate()
x1 = a.random()
a.setstate(state)
print(x1 == a.random(), random.Random("seed").random() == random.Random("seed").random(), random.Random(b"x").randint(0, 9))
try:
    random.sample(range(3), 5)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print("ValueError:", e)
names = ["ann", "bob", "cy", "dee", "eve", "fay"]
rr = random.Random(99)
teams = [sorted(rr.sample(names, 3)) for _ in range(3)]
print(teams, rr.randbytes(6).hex(), round(rr.triangular(), 8))
