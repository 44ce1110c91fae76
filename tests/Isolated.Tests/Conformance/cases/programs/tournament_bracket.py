# A round-robin league table and a seeded single-elimination bracket with a deterministic match model.
import random
from itertools import combinations
from collections import defaultdict

teams = {"Lions": 88, "Tigers": 84, "Bears": 79, "Wolves": 75, "Eagles": 71, "Sharks": 68}
rng = random.Random(31)


def play(a, b):
    ra, rb = teams[a], teams[b]
    ga = max(0, round(rng.gauss(ra / 30, 1.1)))
    gb = max(0, round(rng.gauss(rb / 30, 1.1)))
    return ga, gb


table = defaultdict(lambda: {"P": 0, "W": 0, "D": 0, "L": 0, "GF": 0, "GA": 0, "Pts": 0})
results = []
for a, b in combinations(teams, 2):
    ga, gb = play(a, b)
    results.append(f"{a} {ga}-{gb} {b}")
    for t, f, ag in ((a, ga, gb), (b, gb, ga)):
        row = table[t]
        row["P"] += 1
        row["GF"] += f
        row["GA"] += ag
        if f > ag:
            row["W"] += 1; row["Pts"] += 3
        elif f == ag:
            row["D"] += 1; row["Pts"] += 1
        else:
            row["L"] += 1
print("\n".join(results[:6]))
ranked = sorted(table.items(), key=lambda kv: (-kv[1]["Pts"], -(kv[1]["GF"] - kv[1]["GA"]), -kv[1]["GF"], kv[0]))
print(f"{'#':>2} {'Team':<8} P  W  D  L  GF GA  GD Pts")
for i, (t, r) in enumerate(ranked, 1):
    print(f"{i:>2} {t:<8} {r['P']}  {r['W']}  {r['D']}  {r['L']} {r['GF']:>3} {r['GA']:>2} {r['GF'] - r['GA']:>+3} {r['Pts']:>3}")
seeds = [t for t, _ in ranked[:4]]
rnd = [(seeds[0], seeds[3]), (seeds[1], seeds[2])]
stage = 1
while rnd:
    winners = []
    for a, b in rnd:
        ga, gb = play(a, b)
        while ga == gb:
            ga, gb = ga + rng.randint(0, 1), gb + rng.randint(0, 1)
        w = a if ga > gb else b
        print(f"round {stage}: {a} {ga}-{gb} {b} -> {w}")
        winners.append(w)
    rnd = [(winners[i], winners[i + 1]) for i in range(0, len(winners) - 1, 2)]
    stage += 1
print("champion:", winners[0])
