# pathlib/tempfile/shutil/glob in a temporary tree, threading with a queue (deterministic results),
# inspect.signature of functions, dataclasses/typing introspection, calendar and seeded random.
import calendar
import glob
import inspect
import os
import queue
import random
import shutil
import tempfile
import threading
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Optional, Union, get_type_hints, get_origin, get_args, NamedTuple, TypedDict, Literal

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    (root / "src" / "pkg").mkdir(parents=True)
    (root / "docs").mkdir()
    for rel, text in [("src/main.py", "print('hi')\n"), ("src/pkg/__init__.py", ""), ("src/pkg/util.py", "X = 1\n" * 3),
                      ("docs/readme.md", "# Title\n\nBody\n"), ("docs/notes.txt", "a\nb\n"), ("setup.cfg", "[metadata]\n")]:
        (root / rel).write_text(text, encoding="utf-8")
    print(sorted(p.relative_to(root).as_posix() for p in root.rglob("*")))
    print(sorted(p.name for p in root.glob("src/**/*.py")), sorted(os.path.relpath(p, tmp) for p in glob.glob(os.path.join(tmp, "*", "*.md"))))
    print(sorted(os.path.basename(p) for p in glob.glob(os.path.join(tmp, "**", "*.py"), recursive=True)))
    util = root / "src" / "pkg" / "util.py"
    print(util.name, util.stem, util.suffix, util.parent.name, util.stat().st_size, util.read_text().count("\n"), util.exists(), util.is_file())
    print(Path("a/b/c.tar.gz").suffixes, Path("a/b/c.tar.gz").with_suffix(".zip"), Path("/x/y").joinpath("z", "w"), Path("a") / "b" / ".." / "c")
    print(Path("/usr/local/lib").parts, Path("x.txt").with_stem("y"), Path("a/b").match("*/b"), Path("/a/b/c").is_relative_to("/a"))
    shutil.copytree(root / "src", root / "backup")
    shutil.copy(root / "setup.cfg", root / "backup" / "setup.copy")
    shutil.move(str(root / "docs" / "notes.txt"), str(root / "notes.txt"))
    print(sorted(p.relative_to(root).as_posix() for p in (root / "backup").rglob("*")), (root / "notes.txt").read_text().split())
    shutil.rmtree(root / "backup")
    print(sorted(os.listdir(tmp)), os.path.isdir(root / "backup"))
    with tempfile.NamedTemporaryFile("w+", suffix=".log", dir=tmp, delete=False) as f:
        f.write("line1\nline2\n")
        name = f.name
    with open(name) as f:
        print([l.rstrip() for l in f], name.endswith(".log"), os.path.dirname(name) == tmp)
    with open(root / "data.bin", "wb") as f:
        f.write(bytes(range(10)))
    with open(root / "data.bin", "rb") as f:
        f.seek(3)
        print(f.read(4), f.tell(), f.seek(-2, os.SEEK_END), f.read())
print(os.path.exists(tmp))

results = queue.Queue()
work = queue.Queue()
for n in range(1, 21):
    work.put(n)
lock = threading.Lock()
totals = {"count": 0}
def worker(wid):
    while True:
        try:
            n = work.get_nowait()
        except queue.Empty:
            return
        with lock:
            totals["count"] += 1
        results.put((n, n * n))
        work.task_done()
threads = [threading.Thread(target=worker, args=(i,), name=f"w{i}") for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
collected = sorted(results.get() for _ in range(results.qsize()))
print(totals, collected[:5], sum(v for _, v in collected), [t.name for t in threads], any(t.is_alive() for t in threads))
event = threading.Event()
box = []
def waiter():
    event.wait()
    box.append("woke")
t = threading.Thread(target=waiter)
t.start()
event.set()
t.join()
print(box, threading.current_thread().name, threading.active_count() >= 1)
lifo, prio = queue.LifoQueue(), queue.PriorityQueue()
for x in [3, 1, 2]:
    lifo.put(x)
    prio.put((x, str(x)))
print([lifo.get() for _ in range(3)], [prio.get() for _ in range(3)])

def connect(host: str, port: int = 80, *args, timeout: Optional[float] = None, retries: int = 3, **options) -> bool:
    """Connect somewhere."""
    return True
sig = inspect.signature(connect)
print(sig)
for p in sig.parameters.values():
    print(p.name, p.kind.name, p.default is inspect.Parameter.empty, p.annotation)
bound = sig.bind("h", 8080, "extra", timeout=1.5, flag=True)
bound.apply_defaults()
print(bound.arguments, sig.return_annotation, inspect.getdoc(connect), inspect.isfunction(connect), inspect.isclass(Path))
print(inspect.signature(lambda a, /, b, *, c=1: 0))
try:
    sig.bind()
except TypeError as e:
    print("TypeError:", e)

@dataclass(frozen=True)
class Config:
    name: str
    level: int = 1
    tags: tuple = ()
    extra: dict = field(default_factory=dict, compare=False, repr=False)
c = Config("x", tags=("a",))
print(c, replace(c, level=5), [f.name for f in fields(Config)], c == Config("x", 1, ("a",), {"z": 1}), hash(c) == hash(Config("x", 1, ("a",))))
try:
    c.level = 3
except Exception as e:
    print(type(e).__name__, e)
class Pt(NamedTuple):
    x: int
    y: int = 0
class Movie(TypedDict, total=False):
    title: str
    year: int
def f(a: Union[int, str], b: list[int], c: Literal["r", "w"] = "r") -> Optional[dict[str, int]]:
    return None
hints = get_type_hints(f)
print(hints["a"], get_origin(hints["b"]), get_args(hints["b"]), get_args(hints["c"]), hints["return"])
print(Pt(1), Pt._fields, Pt._field_defaults, Movie(title="x"), Movie.__required_keys__, sorted(Movie.__optional_keys__))
print(calendar.month(2024, 2))
print(calendar.isleap(2024), calendar.leapdays(2000, 2025), calendar.weekday(2024, 7, 4), calendar.monthrange(2023, 2), list(calendar.day_abbr)[:3], calendar.month_name[12])
cal = calendar.TextCalendar(calendar.SUNDAY)
print(cal.formatmonth(2023, 12, w=3))
print(calendar.monthcalendar(2024, 9)[0], calendar.timegm((2024, 1, 1, 0, 0, 0)))
rng = random.Random(2024)
print(rng.randint(1, 100), rng.random(), rng.choice("abcdef"), rng.sample(range(50), 5), rng.uniform(1, 2), rng.randrange(0, 100, 5))
deck = list(range(10))
rng.shuffle(deck)
print(deck, rng.choices("abc", weights=[5, 1, 1], k=6), round(rng.gauss(0, 1), 12), rng.getrandbits(20), rng.triangular(0, 10, 3))
random.seed(7)
print([random.randint(0, 9) for _ in range(10)], random.random())
