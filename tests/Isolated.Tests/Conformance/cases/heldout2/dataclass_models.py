# A library author's dataclass models: field, __post_init__, slots, kw_only, frozen, order.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, KW_ONLY, FrozenInstanceError, is_dataclass, make_dataclass
from typing import ClassVar


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    @classmethod
    def parse(cls, s):
        return cls(*map(int, s.split(".")))

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"


@dataclass
class Package:
    name: str
    version: Version
    deps: list = field(default_factory=list)
    tags: set = field(default_factory=set, repr=False)
    registry: ClassVar[dict] = {}
    checksum: str = field(init=False, compare=False)

    def __post_init__(self):
        if not self.name.isidentifier():
            raise ValueError(f"bad package name {self.name!r}")
        self.checksum = f"{sum(map(ord, self.name)) % 997:03d}"
        Package.registry[self.name] = self


@dataclass(frozen=True, slots=True)
class Point:
    x: float
    y: float

    def dist(self, other):
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    retries: int = 3


@dataclass
class Request:
    url: str
    _: KW_ONLY
    method: str = "GET"
    timeout: float = 10.0
    secret: InitVar[str | None] = None
    auth: str = field(default="", repr=False)

    def __post_init__(self, secret):
        if secret:
            self.auth = "Bearer " + secret[::-1]


vs = sorted(Version.parse(s) for s in ["1.10.0", "1.2.3", "1.2", "0.9.9"])
print(vs, [str(v) for v in vs], max(vs) > Version(1, 9))
p = Package("requests", Version(2, 31), ["urllib3", "idna"], {"http"})
q = Package("flask", Version(3))
print(p)
print(p == Package("requests", Version(2, 31), ["urllib3", "idna"]), p.checksum, sorted(Package.registry))
print(asdict(p))
print(astuple(Version(1, 2, 3)), [f.name for f in fields(Package)], is_dataclass(p), is_dataclass(Package))
try:
    Package("not valid", Version(1))
except ValueError as e:
    print("ValueError:", e)
pt = Point(3, 4)
print(pt, pt.dist(Point(0, 0)), hasattr(pt, "__dict__"), Point.__slots__, hash(pt) == hash(Point(3, 4)))
try:
    pt.x = 10
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(replace(pt, y=0), {pt, Point(3.0, 4.0)} == {Point(3, 4)})
print(Options(retries=5), Options())
try:
    Options(True)
except TypeError as e:
    print("TypeError:", e)
r = Request("http://x", method="POST", secret="abc")
print(r, r.auth)
try:
    Request()
except TypeError as e:
    print("TypeError:", e)
Item = make_dataclass("Item", [("name", str), ("qty", int, field(default=1))], namespace={"total": lambda self: self.qty * 2})
it = Item("pen")
print(it, it.total(), Item.__name__, Item.__match_args__)
match Version(2, 0, 1):
    case Version(2, minor, patch=p_):
        print("v2 minor", minor, "patch", p_)
print(Version.__eq__ is not object.__eq__, Version(1) < Version(1, 0, 1), Version(1, 2) <= Version(1, 2))
