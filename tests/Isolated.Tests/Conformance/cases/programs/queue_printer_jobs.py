# A print-queue manager: priority + FIFO within priority, job cancellation, pages accounting, and status reports.
import heapq
from itertools import count
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    pages: int = field(compare=False)
    owner: str = field(compare=False)
    cancelled: bool = field(default=False, compare=False)


class PrintQueue:
    def __init__(self, pages_per_tick=5):
        self.heap, self.jobs, self.seq = [], {}, count()
        self.rate = pages_per_tick
        self.done, self.clock = [], 0

    def submit(self, name, pages, owner, priority=5):
        job = Job(priority, next(self.seq), name, pages, owner)
        heapq.heappush(self.heap, job)
        self.jobs[name] = job
        return job.seq

    def cancel(self, name):
        job = self.jobs.get(name)
        if job and not job.cancelled:
            job.cancelled = True
            return True
        return False

    def tick(self):
        self.clock += 1
        budget = self.rate
        while budget and self.heap:
            job = self.heap[0]
            if job.cancelled:
                heapq.heappop(self.heap)
                continue
            printed = min(budget, job.pages)
            job.pages -= printed
            budget -= printed
            if job.pages == 0:
                heapq.heappop(self.heap)
                self.done.append((self.clock, job.name, job.owner))

    def status(self):
        live = sorted(j for j in self.heap if not j.cancelled)
        return [(j.name, j.pages, j.priority) for j in live]


q = PrintQueue()
q.submit("report.pdf", 12, "ann")
q.submit("photo.png", 3, "bob", priority=2)
q.submit("thesis.pdf", 40, "cy", priority=7)
q.submit("memo.txt", 1, "ann", priority=2)
for t in range(1, 8):
    if t == 2:
        q.submit("urgent.doc", 4, "dee", priority=1)
    if t == 3:
        print("cancel thesis:", q.cancel("thesis.pdf"), "again:", q.cancel("thesis.pdf"), "missing:", q.cancel("x"))
    q.tick()
    print(t, q.status())
print(q.done)
by_owner = {}
for _, name, owner in q.done:
    by_owner.setdefault(owner, []).append(name)
print(dict(sorted(by_owner.items())))
