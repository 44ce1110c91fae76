import sys
sys.audit("my.event", 1, 2)
seen = []
sys.addaudithook(lambda event, args: seen.append((event, args)) if event.startswith("my.") else None)
sys.audit("my.event", 1, "two")
print(seen)
