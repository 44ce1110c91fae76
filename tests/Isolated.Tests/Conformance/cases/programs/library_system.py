# A library lending system: classes with __slots__, properties, class/static methods, datetime due dates, fines.
from datetime import date, timedelta


class Book:
    __slots__ = ("isbn", "title", "author", "year", "_copies", "_out")

    def __init__(self, isbn, title, author, year, copies=1):
        self.isbn, self.title, self.author, self.year = isbn, title, author, year
        self._copies = copies
        self._out = 0

    @property
    def available(self):
        return self._copies - self._out

    def __repr__(self):
        return f"<{self.title!r} by {self.author} ({self.year}) {self.available}/{self._copies}>"


class Member:
    LIMIT = 2

    def __init__(self, name):
        self.name = name
        self.loans = {}
        self.fines = 0.0

    @staticmethod
    def fine_for(days_late):
        return round(min(days_late * 0.25, 10.0), 2) if days_late > 0 else 0.0


class LibraryError(Exception):
    pass


class Library:
    LOAN_DAYS = 14

    def __init__(self):
        self.books = {}
        self.members = {}
        self.events = []

    @classmethod
    def with_books(cls, *books):
        lib = cls()
        for b in books:
            lib.books[b.isbn] = b
        return lib

    def join(self, name):
        self.members[name] = Member(name)

    def lend(self, name, isbn, today):
        m, b = self.members[name], self.books[isbn]
        if len(m.loans) >= m.LIMIT:
            raise LibraryError(f"{name} has reached the limit of {m.LIMIT} loans")
        if m.fines > 5:
            raise LibraryError(f"{name} owes {m.fines:.2f}")
        if not b.available:
            raise LibraryError(f"no copy of {b.title!r} available")
        b._out += 1
        due = today + timedelta(days=self.LOAN_DAYS)
        m.loans[isbn] = due
        self.events.append((today, "lend", name, b.title, due))
        return due

    def give_back(self, name, isbn, today):
        m, b = self.members[name], self.books[isbn]
        due = m.loans.pop(isbn)
        b._out -= 1
        late = (today - due).days
        fine = Member.fine_for(late)
        m.fines += fine
        self.events.append((today, "return", name, b.title, fine))
        return late, fine

    def search(self, text):
        text = text.lower()
        return sorted((b for b in self.books.values() if text in b.title.lower() or text in b.author.lower()),
                      key=lambda b: (b.year, b.title))


lib = Library.with_books(
    Book("1", "Dune", "Herbert", 1965, 2), Book("2", "Emma", "Austen", 1815),
    Book("3", "Persuasion", "Austen", 1817), Book("4", "Neuromancer", "Gibson", 1984))
for n in ("ann", "bob"):
    lib.join(n)
d0 = date(2024, 3, 1)
steps = [("lend", "ann", "1", 0), ("lend", "bob", "1", 1), ("lend", "ann", "2", 2), ("lend", "ann", "3", 2),
         ("lend", "bob", "2", 3), ("return", "ann", "2", 40), ("lend", "bob", "2", 41), ("return", "ann", "1", 10),
         ("lend", "ann", "3", 41), ("return", "bob", "1", 45)]
for action, who, isbn, day in steps:
    today = d0 + timedelta(days=day)
    try:
        if action == "lend":
            print(today, who, "borrows", lib.books[isbn].title, "due", lib.lend(who, isbn, today).strftime("%d %B %Y"))
        else:
            late, fine = lib.give_back(who, isbn, today)
            print(today, who, "returns", lib.books[isbn].title, f"late={late} fine={fine:.2f}")
    except LibraryError as e:
        print(today, "refused:", e)
print(lib.search("austen"), lib.search("DUNE"), lib.search("zzz"))
print({n: (sorted(m.loans), m.fines) for n, m in lib.members.items()})
print(len(lib.events), lib.events[0][0].isoformat(), lib.events[-1][1:])
try:
    lib.books["1"].rating = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Book.__slots__, hasattr(lib.books["1"], "__dict__"), Member.fine_for(100), Member.fine_for(-3))
