def step(live):
    from collections import Counter
    counts = Counter((x + dx, y + dy) for x, y in live for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy)
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}

def show(live, w=10, h=8):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(w)) for y in range(h))

glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
g = glider
for gen in range(4):
    print(f"gen {gen}:")
    print(show(g))
    g = step(g)
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker)), step(step(blinker)) == blinker)
rpent = {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)}
pop = []
s = rpent
for _ in range(60):
    s = step(s)
    pop.append(len(s))
print(pop)

def mandelbrot(w=60, h=24, max_iter=30):
    chars = " .:-=+*#%@"
    rows = []
    for j in range(h):
        row = []
        for i in range(w):
            c = complex(-2.2 + 3.2 * i / w, -1.2 + 2.4 * j / h)
            z = 0j
            n = 0
            while abs(z) <= 2 and n < max_iter:
                z = z * z + c
                n += 1
            row.append(chars[n * (len(chars) - 1) // max_iter])
        rows.append("".join(row).rstrip())
    return "\n".join(rows)
print(mandelbrot())

def rule(n, width=31, steps=15):
    bits = [(n >> i) & 1 for i in range(8)]
    row = [0] * width
    row[width // 2] = 1
    out = []
    for _ in range(steps):
        out.append("".join("█" if b else " " for b in row).rstrip())
        row = [bits[(row[i - 1] << 2) | (row[i] << 1) | row[(i + 1) % width]] for i in range(width)]
    return "\n".join(out)
print(rule(90))
print(rule(30, 21, 8))
def spiral(n):
    m = [[0] * n for _ in range(n)]
    x = y = 0
    dx, dy = 1, 0
    for k in range(n * n):
        m[y][x] = k
        if not (0 <= x + dx < n and 0 <= y + dy < n and m[y + dy][x + dx] == 0 and (x + dx, y + dy) != (0, 0)):
            dx, dy = -dy, dx
        x, y = x + dx, y + dy
    return m
for row in spiral(5):
    print(" ".join(f"{v:2d}" for v in row))
