# conformance: by hand
# Expected output written by hand from CPython 3.14's concurrent.interpreters documentation
# (no CPython 3.14 on this machine to generate it): objects that are not shareable are copied
# (via pickle) when they go through a queue; the receiver gets an equal but separate object.
from dataclasses import dataclass
from concurrent import interpreters


@dataclass
class Order:
    item: str
    qty: int


if __name__ == "__main__":
    q = interpreters.create_queue()
    sent = {"user": "ann", "tags": ["a", "b"], "limits": {"max": 3}}
    q.put(sent)
    got = q.get()
    print(got == sent, got is sent)
    got["tags"].append("c")
    print("original unchanged:", sent["tags"])
    q.put([1, 2, [3, 4]])
    q.put({1, 2, 3})
    q.put(Order("pen", 2))
    print(q.get(), sorted(q.get()), q.get())

    interp = interpreters.create()
    interp.prepare_main(q=q)
    interp.exec("q.put({'from': 'sub', 'nums': list(range(3))})")
    print(q.get())
    q.put(["to", "sub"])
    interp.exec("item = q.get(); q.put(item + ['and back'])")
    print(q.get())
    interp.close()
