match x:
    case []: pass
    case [a]: pass
    case [a, b]: pass
    case (a, b): pass
    case (): pass
    case a, b: pass
    case [a, *rest]: pass
    case [*_, a]: pass
    case (a,): pass
    case *a, b: pass
