# str methods and formatting.
def run(n):
    out = 0
    for i in range(n):
        s = f"item-{i:05d}"
        if s.startswith("item-0"):
            out += len(s.upper().replace("-", "_").split("_")[1])
    return out

print(run(300_000))
