# A contact book: validation with regex, search by prefix/fuzzy (difflib), vCard-like export, JSON persistence in memory.
import re
import json
import difflib
from dataclasses import dataclass, field, asdict

EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
PHONE = re.compile(r"^\+?\d[\d\s-]{6,14}\d$")


@dataclass
class Contact:
    name: str
    email: str = ""
    phones: list = field(default_factory=list)
    groups: set = field(default_factory=set)

    def validate(self):
        problems = []
        if not self.name.strip():
            problems.append("empty name")
        if self.email and not EMAIL.match(self.email):
            problems.append(f"bad email {self.email!r}")
        problems += [f"bad phone {p!r}" for p in self.phones if not PHONE.match(p)]
        return problems

    def vcard(self):
        lines = ["BEGIN:VCARD", f"FN:{self.name}"]
        if self.email:
            lines.append(f"EMAIL:{self.email}")
        lines += [f"TEL:{re.sub(r'[^0-9+]', '', p)}" for p in self.phones]
        if self.groups:
            lines.append("CATEGORIES:" + ",".join(sorted(self.groups)))
        return "\n".join(lines + ["END:VCARD"])


book = {}
entries = [Contact("Ann Lee", "ann@example.com", ["+1 555-0100"], {"work"}),
           Contact("Bob Stone", "bob@@mail", ["12"]),
           Contact("Annie Hall", "annie@films.org", [], {"friends", "film"}),
           Contact("Carl Sagan", "", ["+44 20 7946 0958", "020-7946-0959"], {"science"}),
           Contact("  ", "x@y.z")]
for c in entries:
    problems = c.validate()
    if problems:
        print("rejected", repr(c.name), problems)
    else:
        book[c.name.lower()] = c
print(sorted(book))
print([c.name for k, c in sorted(book.items()) if k.startswith("ann")])
print(difflib.get_close_matches("carl sagen", list(book), n=1), difflib.get_close_matches("bob", list(book)))
print(book["carl sagan"].vcard())
by_group = {}
for c in book.values():
    for g in c.groups:
        by_group.setdefault(g, []).append(c.name)
print(dict(sorted(by_group.items())))
data = json.dumps([{**asdict(c), "groups": sorted(c.groups)} for c in book.values()], sort_keys=True)
restored = [Contact(**{**d, "groups": set(d["groups"])}) for d in json.loads(data)]
print(len(data), [r == book[r.name.lower()] for r in restored])
