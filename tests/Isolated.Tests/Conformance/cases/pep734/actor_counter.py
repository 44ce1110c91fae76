# conformance: by hand
# Expected output written by hand from CPython 3.14's concurrent.interpreters documentation
# (no CPython 3.14 on this machine to generate it): the actor model: one interpreter owns some
# state and serves requests that arrive on a queue, answering on another; main sends commands.
import threading
from concurrent import interpreters

ACTOR = """
accounts = {}
while True:
    msg = inbox.get()
    if msg is None:
        outbox.put(("bye", len(accounts)))
        break
    op, name, amount = msg
    if op == "deposit":
        accounts[name] = accounts.get(name, 0) + amount
        outbox.put(("ok", accounts[name]))
    elif op == "withdraw":
        have = accounts.get(name, 0)
        if amount > have:
            outbox.put(("error", f"{name} has only {have}"))
        else:
            accounts[name] = have - amount
            outbox.put(("ok", accounts[name]))
    elif op == "balance":
        outbox.put(("ok", accounts.get(name, 0)))
    else:
        outbox.put(("error", f"unknown op {op!r}"))
"""


def request(inbox, outbox, *msg):
    inbox.put(msg)
    return outbox.get(timeout=30)


if __name__ == "__main__":
    inbox = interpreters.create_queue()
    outbox = interpreters.create_queue()
    actor = interpreters.create()
    actor.prepare_main(inbox=inbox, outbox=outbox)
    t = threading.Thread(target=actor.exec, args=(ACTOR,))
    t.start()
    script = [("deposit", "ann", 100), ("deposit", "bob", 50), ("withdraw", "ann", 30),
              ("withdraw", "bob", 80), ("balance", "ann", 0), ("transfer", "x", 1), ("balance", "zed", 0)]
    for msg in script:
        print(msg, "->", request(inbox, outbox, *msg))
    inbox.put(None)
    print(outbox.get(timeout=30))
    t.join()
    print("actor finished:", not actor.is_running())
    actor.close()
