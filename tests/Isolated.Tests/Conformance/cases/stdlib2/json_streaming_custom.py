"""JSON beyond dumps/loads: a decoder subclass, raw_decode over a stream of documents, JSON Lines,
custom encoders for dataclasses/enums/sets, and json.tool-like pretty printing."""
import dataclasses
import enum
import io
import json

class Status(enum.Enum):
    OPEN = "open"
    CLOSED = "closed"

@dataclasses.dataclass
class Ticket:
    id: int
    title: str
    status: Status
    labels: set

class AppEncoder(json.JSONEncoder):
    def default(self, o):
        if dataclasses.is_dataclass(o):
            return {"__type__": type(o).__name__, **dataclasses.asdict(o)}
        if isinstance(o, enum.Enum):
            return o.value
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

def app_hook(d):
    if d.get("__type__") == "Ticket":
        return Ticket(d["id"], d["title"], Status(d["status"]), set(d["labels"]))
    return d

tickets = [Ticket(1, "Crash on start", Status.OPEN, {"bug", "p1"}), Ticket(2, "Docs", Status.CLOSED, set())]
text = json.dumps(tickets, cls=AppEncoder, indent=2)
print(text)
back = json.loads(text, object_hook=app_hook)
print(back == tickets, back[0].status, back[0].labels == {"bug", "p1"})

stream = '{"a": 1} {"b": [1, 2]}\n[3, 4]  "str" 5 null'
dec = json.JSONDecoder()
pos, docs = 0, []
while pos < len(stream):
    while pos < len(stream) and stream[pos].isspace():
        pos += 1
    if pos == len(stream):
        break
    obj, pos = dec.raw_decode(stream, pos)
    docs.append(obj)
print(docs)

jsonl = io.StringIO()
for i, t in enumerate(tickets):
    jsonl.write(json.dumps({"n": i, "t": t.title}, separators=(",", ":")) + "\n")
print(repr(jsonl.getvalue()))
jsonl.seek(0)
print([json.loads(line)["t"] for line in jsonl])

class StrictDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_pairs_hook=self.no_duplicates, **kw)
    @staticmethod
    def no_duplicates(pairs):
        seen = {}
        for k, v in pairs:
            if k in seen:
                raise ValueError(f"duplicate key {k!r}")
            seen[k] = v
        return seen
print(json.loads('{"a": 1, "b": 2}', cls=StrictDecoder))
try:
    json.loads('{"a": 1, "a": 2}', cls=StrictDecoder)
except ValueError as e:
    print("ValueError:", e)
bad = '{"config": {"name": "x", "items": [1, 2,, 3]}}'
try:
    json.loads(bad)
except json.JSONDecodeError as e:
    print(f"{e.msg} at line {e.lineno} column {e.colno}:")
    print("  " + e.doc[max(0, e.pos - 10):e.pos + 5])
    print("  " + " " * min(10, e.pos) + "^")
print(json.dumps({"z": [1, {"y": None}], "a": "é"}, indent=4, sort_keys=True, ensure_ascii=False))
print(json.dumps(float("1e16")), json.dumps(1.0), json.dumps(123456789.123456789), json.dumps(2**64), json.loads("1.5e300"), json.loads("-1E-5"))
