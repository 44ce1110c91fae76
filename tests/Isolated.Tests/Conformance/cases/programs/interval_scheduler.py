# Interval problems: meeting rooms needed (sweep line), weighted job scheduling (DP + bisect), merging and gaps.
import bisect
import heapq

meetings = [(9, 10.5), (9.5, 12), (10, 11), (11, 13), (11.5, 12.5), (13, 14), (8, 9)]


def rooms_needed(ms):
    events = sorted([(s, 1) for s, _ in ms] + [(e, -1) for _, e in ms])
    cur = best = 0
    timeline = []
    for t, d in events:
        cur += d
        best = max(best, cur)
        timeline.append((t, cur))
    return best, timeline


def assign_rooms(ms):
    rooms = []
    out = {}
    for s, e in sorted(ms):
        if rooms and rooms[0][0] <= s:
            _, room = heapq.heappop(rooms)
        else:
            room = len(out and set(out.values())) + 1 if out else 1
            room = max(out.values(), default=0) + 1 if room in out.values() else room
        out[(s, e)] = room
        heapq.heappush(rooms, (e, room))
    return out


best, timeline = rooms_needed(meetings)
print(best, timeline)
print(sorted(assign_rooms(meetings).items()))
jobs = [(1, 3, 5), (2, 5, 6), (4, 6, 5), (6, 7, 4), (5, 8, 11), (7, 9, 2)]
jobs.sort(key=lambda j: j[1])
ends = [j[1] for j in jobs]
dp = [0] * (len(jobs) + 1)
take = [False] * len(jobs)
for i, (s, e, w) in enumerate(jobs, 1):
    k = bisect.bisect_right(ends, s, 0, i - 1)
    dp[i] = max(dp[i - 1], dp[k] + w)
print(dp, dp[-1])
chosen, i = [], len(jobs)
while i:
    s, e, w = jobs[i - 1]
    k = bisect.bisect_right(ends, s, 0, i - 1)
    if dp[k] + w >= dp[i - 1] and dp[i] == dp[k] + w:
        chosen.append(jobs[i - 1])
        i = k
    else:
        i -= 1
print(sorted(chosen))
merged = []
for s, e in sorted(meetings):
    if merged and s <= merged[-1][1]:
        merged[-1][1] = max(merged[-1][1], e)
    else:
        merged.append([s, e])
gaps = [(a[1], b[0]) for a, b in zip(merged, merged[1:])]
print(merged, gaps, sum(e - s for s, e in merged))
