# conformance: stderr
def run():
    raise ExceptionGroup("several", [ValueError("one"), TypeError("two")])
run()
