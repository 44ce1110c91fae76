# Elementary cellular automata (rules 30, 90, 110, 184) rendered as text, with period detection and density stats.
def step(cells, rule):
    n = len(cells)
    return [(rule >> (cells[(i - 1) % n] << 2 | cells[i] << 1 | cells[(i + 1) % n])) & 1 for i in range(n)]


def run(rule, width=31, gens=16, start=None):
    cells = start or [0] * width
    if start is None:
        cells[width // 2] = 1
    rows = [cells]
    for _ in range(gens - 1):
        cells = step(cells, rule)
        rows.append(cells)
    return rows


for rule in (30, 90, 110):
    rows = run(rule)
    print(f"rule {rule}:")
    for r in rows[:10]:
        print("".join("#" if c else "." for c in r))
    print("density:", [sum(r) for r in rows])
traffic = [1, 1, 0, 1, 0, 0, 1, 1, 1, 0, 0, 0, 1, 0, 0, 0]
seen = {}
state = traffic
for t in range(40):
    key = tuple(state)
    if key in seen:
        print(f"rule 184 cycle: t={t} repeats t={seen[key]}")
        break
    seen[key] = t
    state = step(state, 184)
print("".join(map(str, state)), sum(state) == sum(traffic))
print(bin(30), [(30 >> k) & 1 for k in range(8)], f"{110:08b}")
