import _sre

class _Flags:
    I = IGNORECASE = 2; L = LOCALE = 4; M = MULTILINE = 8; S = DOTALL = 16
    U = UNICODE = 32; X = VERBOSE = 64; A = ASCII = 256

re = _Flags

_compiled = {}

def C(pattern, flags, code, groups, groupindex, indexgroup):
    p = _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
    _compiled[(pattern, flags & ~32)] = p
    return p

def re_compile(pattern, flags):
    return _compiled[(pattern, flags)]

def show(expr, f):
    try:
        r = f()
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)
    else:
        print(expr, '->', repr(r))

p = C(',', 32, [14, 8, 3, 1, 1, 1, 1, 44, 0, 16, 44, 1], 0, {}, (None,))
show("p.split('a,b,,c')", lambda: p.split('a,b,,c'))
show("p.split('a,b,c', 1)", lambda: p.split('a,b,c', 1))
show("p.split('a,b,c', maxsplit=-1)", lambda: p.split('a,b,c', maxsplit=-1))
p = C('(,)', 32, [14, 8, 1, 1, 1, 1, 0, 44, 0, 17, 0, 16, 44, 17, 1, 1], 1, {}, (None, None))
show("p.split('a,b')", lambda: p.split('a,b'))
p = C('(-)|(\\+)', 32, [14, 4, 0, 1, 1, 7, 9, 17, 0, 16, 45, 17, 1, 15, 11, 9, 17, 2, 16, 43, 17, 3, 15, 2, 0, 1], 2, {}, (None, None, None))
show("p.split('a-b+c')", lambda: p.split('a-b+c'))
p = C('x*', 32, [14, 4, 0, 0, 4294967295, 24, 6, 0, 4294967295, 16, 120, 1, 1], 0, {}, (None,))
show("p.split('axbc')", lambda: p.split('axbc'))
show("p.sub(lambda m: '-', 'abxd')", lambda: p.sub(lambda m: '-', 'abxd'))
show("p.subn(lambda m: '-', 'abxd')", lambda: p.subn(lambda m: '-', 'abxd'))
p = C('\\b', 32, [14, 4, 0, 0, 0, 6, 10, 1], 0, {}, (None,))
show("p.split('one two')", lambda: p.split('one two'))
p = C('a', 32, [14, 8, 3, 1, 1, 1, 1, 97, 0, 16, 97, 1], 0, {}, (None,))
show("p.sub('b', 'aaa')", lambda: p.sub('b', 'aaa'))
show("p.sub('b', 'aaa', 2)", lambda: p.sub('b', 'aaa', 2))
show("p.subn('b', 'aaa', count=1)", lambda: p.subn('b', 'aaa', count=1))
show("p.sub('', 'banana')", lambda: p.sub('', 'banana'))
p = C('\\d+', 32, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 10, 0, 1, 1], 0, {}, (None,))
show("p.sub(lambda m: str(int(m.group()) * 2), 'a1 b22 c333')", lambda: p.sub(lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
p = C('(?P<w>\\w+)', 32, [14, 4, 0, 1, 4294967295, 17, 0, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 1, 1], 1, {'w': 1}, (None, 'w'))
show("p.sub(lambda m: m['w'].upper(), 'ab cd')", lambda: p.sub(lambda m: m['w'].upper(), 'ab cd'))
p = C('', 32, [14, 4, 0, 0, 0, 1], 0, {}, (None,))
show("p.sub(lambda m: '|', 'abc')", lambda: p.sub(lambda m: '|', 'abc'))
show("p.findall('abc')", lambda: p.findall('abc'))
show("p.split('abc')", lambda: p.split('abc'))
p = C('o', 32, [14, 8, 3, 1, 1, 1, 1, 111, 0, 16, 111, 1], 0, {}, (None,))
show("p.sub(lambda m: None, 'foo')", lambda: p.sub(lambda m: None, 'foo'))
