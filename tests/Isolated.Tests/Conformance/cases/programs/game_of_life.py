# Conway's Game of Life on a small torus, with pattern detection and a seeded random soup.
import random


def parse(pattern):
    return {(r, c) for r, line in enumerate(pattern.strip().splitlines()) for c, ch in enumerate(line) if ch == "#"}


def step(cells, rows, cols):
    counts = {}
    for r, c in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % rows, (c + dc) % cols)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in cells)}


def render(cells, rows, cols):
    return "\n".join("".join("#" if (r, c) in cells else "." for c in range(cols)) for r in range(rows))


def normalize(cells):
    if not cells:
        return frozenset()
    mr = min(r for r, _ in cells)
    mc = min(c for _, c in cells)
    return frozenset((r - mr, c - mc) for r, c in cells)


glider = parse("""
.#.
..#
###
""")
rows, cols = 8, 8
cells = glider
for gen in range(5):
    print(f"gen {gen}: {len(cells)} alive")
    print(render(cells, rows, cols))
    cells = step(cells, rows, cols)
print("glider shape repeats:", normalize(cells) == normalize(step(step(step(step(glider, 8, 8), 8, 8), 8, 8), 8, 8)))

blinker = parse("###")
b1 = step({(2, 1), (2, 2), (2, 3)}, 6, 6)
print(sorted(b1), sorted(step(b1, 6, 6)))

rng = random.Random(2024)
soup = {(r, c) for r in range(12) for c in range(12) if rng.random() < 0.35}
seen = {}
history = []
state = soup
for gen in range(60):
    key = frozenset(state)
    if key in seen:
        print(f"cycle found: generation {gen} repeats generation {seen[key]} (period {gen - seen[key]})")
        break
    seen[key] = gen
    history.append(len(state))
    state = step(state, 12, 12)
else:
    print("no cycle within 60 generations")
print("population:", history[:20])
print(render(state, 12, 12))
print("alive cells sorted:", sorted(state)[:10])
