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

p = C('hello', 34, [14, 4, 0, 5, 5, 40, 104, 40, 101, 40, 108, 40, 108, 40, 111, 1], 0, {}, (None,))
show("p.findall('Hello HELLO hElLo')", lambda: p.findall('Hello HELLO hElLo'))
p = C('[a-z]+', 34, [14, 4, 0, 1, 4294967295, 24, 97, 1, 4294967295, 39, 92, 10, 3, 33685760, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 0, 0, 0, 134217726, 0, 0, 0, 0, 0, 131072, 0, 2147483648, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1], 0, {}, (None,))
show("p.findall('ABC def GhI')", lambda: p.findall('ABC def GhI'))
p = C('straße', 34, [14, 4, 0, 6, 6, 39, 6, 16, 115, 16, 383, 0, 40, 116, 40, 114, 40, 97, 40, 223, 40, 101, 1], 0, {}, (None,))
show("p.search('STRASSE STRAßE')", lambda: p.search('STRASSE STRAßE'))
p = C('σ', 34, [14, 4, 0, 1, 1, 39, 6, 16, 963, 16, 962, 0, 1], 0, {}, (None,))
show("p.findall('Σσς')", lambda: p.findall('Σσς'))
p = C('[k]', 34, [14, 4, 0, 1, 1, 40, 107, 1], 0, {}, (None,))
show("p.findall('kKK')", lambda: p.findall('kKK'))
p = C('[k]', 258, [14, 4, 0, 1, 1, 32, 107, 1], 0, {}, (None,))
show("p.findall('kKK')", lambda: p.findall('kKK'))
p = C('é', 34, [14, 4, 0, 1, 1, 40, 233, 1], 0, {}, (None,))
show("p.findall('éÉ')", lambda: p.findall('éÉ'))
p = C('i', 34, [14, 4, 0, 1, 1, 39, 6, 16, 105, 16, 305, 0, 1], 0, {}, (None,))
show("p.findall('iIİı')", lambda: p.findall('iIİı'))
p = C('\\w+', 34, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 1], 0, {}, (None,))
show("p.findall('MiXeD case')", lambda: p.findall('MiXeD case'))
p = C('a.c', 50, [14, 4, 0, 3, 3, 40, 97, 3, 40, 99, 1], 0, {}, (None,))
show("p.match('A\\nC')", lambda: p.match('A\nC'))
p = C('x # comment\n y', 96, [14, 10, 3, 2, 2, 2, 2, 120, 121, 0, 0, 16, 120, 16, 121, 1], 0, {}, (None,))
show("p.match('xy')", lambda: p.match('xy'))
p = C('[^a]', 34, [14, 4, 0, 1, 1, 41, 97, 1], 0, {}, (None,))
show("p.findall('aAbB')", lambda: p.findall('aAbB'))
