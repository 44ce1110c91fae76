# conformance: by hand
# Expected output written by hand from CPython 3.14's concurrent.interpreters documentation
# (no CPython 3.14 on this machine to generate it).
from concurrent import interpreters


def player(inbox, outbox, name, rounds):
    for _ in range(rounds):
        ball = inbox.get()
        outbox.put((name, ball + 1))
    outbox.put((name, "done"))


if __name__ == "__main__":
    to_sub = interpreters.create_queue()
    from_sub = interpreters.create_queue()
    interp = interpreters.create()
    t = interp.call_in_thread(player, to_sub, from_sub, "sub", 5)
    ball = 0
    log = []
    for _ in range(5):
        to_sub.put(ball)
        who, ball = from_sub.get(timeout=10)
        log.append((who, ball))
        ball += 1
    print(log)
    print(from_sub.get(timeout=10))
    t.join()
    print("thread finished:", not t.is_alive(), "interpreter idle:", not interp.is_running())
    interp.close()
