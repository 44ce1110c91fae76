match x:
    case {}: pass
    case {"k": v}: pass
    case {1: a, "b": b, **rest}: pass
    case {a.b: c}: pass
    case {None: a, True: b, -1: c}: pass
