match x:
    case 1 | 2 | 3: pass
    case [a] | (a,): pass
    case (1 | 2) as n: pass
    case Point(x=0) as p: pass
    case [1, 2] as lst if lst: pass
