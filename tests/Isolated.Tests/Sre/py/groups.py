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

p = C('(a)(b)?(c)', 32, [14, 8, 1, 2, 3, 1, 0, 97, 0, 17, 0, 16, 97, 17, 1, 23, 9, 0, 1, 17, 2, 16, 98, 17, 3, 18, 17, 4, 16, 99, 17, 5, 1], 3, {}, (None, None, None, None))
show("p.match('ac').groups()", lambda: p.match('ac').groups())
show("p.match('ac').groups('-')", lambda: p.match('ac').groups('-'))
show("p.match('abc').span(2)", lambda: p.match('abc').span(2))
show("p.match('ac').span(2)", lambda: p.match('ac').span(2))
show("p.match('abc').lastindex", lambda: p.match('abc').lastindex)
p = C('(?P<first>\\w+)\\s(?P<last>\\w+)', 32, [14, 4, 0, 3, 4294967295, 17, 0, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 1, 13, 4, 8, 12, 0, 17, 2, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 3, 1], 2, {'first': 1, 'last': 2}, (None, 'first', 'last'))
show("p.match('Jane Doe').groupdict()", lambda: p.match('Jane Doe').groupdict())
show("p.match('Jane Doe')['last']", lambda: p.match('Jane Doe')['last'])
show("p.match('Jane Doe').group('first', 2)", lambda: p.match('Jane Doe').group('first', 2))
show("p.match('Jane Doe').lastgroup", lambda: p.match('Jane Doe').lastgroup)
show("p.groupindex['last']", lambda: p.groupindex['last'])
show('p.groups', lambda: p.groups)
p = C('(a|b)*c', 32, [14, 4, 0, 1, 4294967295, 23, 13, 0, 4294967295, 17, 0, 13, 5, 22, 97, 98, 0, 17, 1, 18, 16, 99, 1], 1, {}, (None, None))
show("p.match('ababc').group(1)", lambda: p.match('ababc').group(1))
show("p.match('c').group(1)", lambda: p.match('c').group(1))
p = C('((a)|(b))+', 32, [14, 4, 0, 1, 4294967295, 23, 27, 1, 4294967295, 17, 0, 7, 9, 17, 2, 16, 97, 17, 3, 15, 11, 9, 17, 4, 16, 98, 17, 5, 15, 2, 0, 17, 1, 18, 1], 3, {}, (None, None, None, None))
show("p.match('ab').groups()", lambda: p.match('ab').groups())
show("p.match('ba').groups()", lambda: p.match('ba').groups())
p = C('(?:(a)|b)*', 32, [14, 4, 0, 0, 4294967295, 23, 19, 0, 4294967295, 7, 9, 17, 0, 16, 97, 17, 1, 15, 7, 5, 16, 98, 15, 2, 0, 18, 1], 1, {}, (None, None))
show("p.match('ab').groups()", lambda: p.match('ab').groups())
p = C('(\\d+)-(\\d+)', 32, [14, 4, 0, 3, 4294967295, 17, 0, 24, 9, 1, 4294967295, 13, 4, 8, 10, 0, 1, 17, 1, 16, 45, 17, 2, 24, 9, 1, 4294967295, 13, 4, 8, 10, 0, 1, 17, 3, 1], 2, {}, (None, None, None))
show("p.findall('1-2, 33-44')", lambda: p.findall('1-2, 33-44'))
show("[m.span() for m in p.finditer('1-2, 33-44')]", lambda: [m.span() for m in p.finditer('1-2, 33-44')])
p = C('(a)|(b)', 32, [14, 4, 0, 1, 1, 7, 9, 17, 0, 16, 97, 17, 1, 15, 11, 9, 17, 2, 16, 98, 17, 3, 15, 2, 0, 1], 2, {}, (None, None, None))
show("[m.lastindex for m in p.finditer('ab')]", lambda: [m.lastindex for m in p.finditer('ab')])
show("p.findall('abab')", lambda: p.findall('abab'))
p = C('(?P<x>a)(?P=x)', 32, [14, 8, 1, 2, 2, 1, 0, 97, 0, 17, 0, 16, 97, 17, 1, 11, 0, 1], 1, {'x': 1}, (None, 'x'))
show("p.search('xaab')", lambda: p.search('xaab'))
show("p.search('xab')", lambda: p.search('xab'))
p = C('(\\w)\\1', 32, [14, 7, 4, 2, 2, 8, 14, 0, 17, 0, 13, 4, 8, 14, 0, 17, 1, 11, 0, 1], 1, {}, (None, None))
show("p.findall('hello bookkeeper')", lambda: p.findall('hello bookkeeper'))
p = C('(?i)(a)\\1', 34, [14, 4, 0, 2, 2, 17, 0, 40, 97, 17, 1, 38, 0, 1], 1, {}, (None, None))
show("p.match('aA')", lambda: p.match('aA'))
p = C('(a)?(?(1)b|c)', 32, [14, 4, 0, 1, 2, 23, 9, 0, 1, 17, 0, 16, 97, 17, 1, 18, 12, 0, 6, 16, 98, 15, 3, 16, 99, 1], 1, {}, (None, None))
show("p.match('ab')", lambda: p.match('ab'))
show("p.match('c')", lambda: p.match('c'))
show("p.match('ac')", lambda: p.match('ac'))
p = C('(?P<q>[\'\\"]).*?(?P=q)', 32, [14, 9, 4, 2, 4294967295, 16, 39, 16, 34, 0, 17, 0, 13, 6, 16, 39, 16, 34, 0, 17, 1, 26, 5, 0, 4294967295, 2, 1, 11, 0, 1], 1, {'q': 1}, (None, 'q'))
show('p.findall(\'say "hi" and \\\'yo\\\' ok\')', lambda: p.findall('say "hi" and \'yo\' ok'))
