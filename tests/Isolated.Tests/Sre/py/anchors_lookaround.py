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

p = C('^a', 40, [14, 4, 0, 1, 1, 6, 1, 16, 97, 1], 0, {}, (None,))
show("p.findall('a\\nab\\nba')", lambda: p.findall('a\nab\nba'))
p = C('a$', 40, [14, 8, 1, 1, 1, 1, 1, 97, 0, 16, 97, 6, 6, 1], 0, {}, (None,))
show("p.findall('a\\nba\\nab')", lambda: p.findall('a\nba\nab'))
p = C('a$', 32, [14, 8, 1, 1, 1, 1, 1, 97, 0, 16, 97, 6, 5, 1], 0, {}, (None,))
show("p.findall('a\\nba\\n')", lambda: p.findall('a\nba\n'))
show("p.search('ba\\n').span()", lambda: p.search('ba\n').span())
p = C('\\Aa', 32, [14, 4, 0, 1, 1, 6, 2, 16, 97, 1], 0, {}, (None,))
show("p.findall('aa')", lambda: p.findall('aa'))
p = C('a\\Z', 32, [14, 8, 1, 1, 1, 1, 1, 97, 0, 16, 97, 6, 7, 1], 0, {}, (None,))
show("p.search('aa\\n')", lambda: p.search('aa\n'))
show("p.search('aa')", lambda: p.search('aa'))
p = C('\\bfoo\\b', 32, [14, 4, 0, 3, 3, 6, 10, 16, 102, 16, 111, 16, 111, 6, 10, 1], 0, {}, (None,))
show("p.findall('foo foobar (foo) barfoo')", lambda: p.findall('foo foobar (foo) barfoo'))
p = C('\\Boo\\B', 32, [14, 4, 0, 2, 2, 6, 11, 16, 111, 16, 111, 6, 11, 1], 0, {}, (None,))
show("p.findall('foo boot zoo')", lambda: p.findall('foo boot zoo'))
p = C('\\b\\w+\\b', 32, [14, 4, 0, 1, 4294967295, 6, 10, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 6, 10, 1], 0, {}, (None,))
show("p.findall('naïve café ω')", lambda: p.findall('naïve café ω'))
p = C('foo(?=bar)', 32, [14, 12, 1, 3, 3, 3, 3, 102, 111, 111, 0, 0, 0, 16, 102, 16, 111, 16, 111, 4, 9, 0, 16, 98, 16, 97, 16, 114, 1, 1], 0, {}, (None,))
show("p.search('foobaz foobar').span()", lambda: p.search('foobaz foobar').span())
p = C('foo(?!bar)', 32, [14, 12, 1, 3, 3, 3, 3, 102, 111, 111, 0, 0, 0, 16, 102, 16, 111, 16, 111, 5, 9, 0, 16, 98, 16, 97, 16, 114, 1, 1], 0, {}, (None,))
show("p.search('foobar foobaz').span()", lambda: p.search('foobar foobaz').span())
p = C('(?<=ab)c', 32, [14, 4, 0, 1, 1, 4, 7, 2, 16, 97, 16, 98, 1, 16, 99, 1], 0, {}, (None,))
show("p.findall('abc xbc abc')", lambda: p.findall('abc xbc abc'))
p = C('(?<!ab)c', 32, [14, 4, 0, 1, 1, 5, 7, 2, 16, 97, 16, 98, 1, 16, 99, 1], 0, {}, (None,))
show("[m.start() for m in p.finditer('abc xbc c')]", lambda: [m.start() for m in p.finditer('abc xbc c')])
p = C('(?=(\\w+))', 32, [14, 4, 0, 0, 0, 4, 17, 0, 17, 0, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 1, 1, 1], 1, {}, (None, None))
show("p.findall('abc')", lambda: p.findall('abc'))
p = C('(?<=(a))b', 32, [14, 4, 0, 1, 1, 4, 9, 1, 17, 0, 16, 97, 17, 1, 1, 16, 98, 1], 1, {}, (None, None))
show("p.search('ab').groups()", lambda: p.search('ab').groups())
p = C('^$', 40, [14, 4, 0, 0, 0, 6, 1, 6, 6, 1], 0, {}, (None,))
show("[m.span() for m in p.finditer('a\\n\\nb\\n')]", lambda: [m.span() for m in p.finditer('a\n\nb\n')])
p = C('(?!a)', 32, [14, 4, 0, 0, 0, 5, 5, 0, 16, 97, 1, 1], 0, {}, (None,))
show("[m.span() for m in p.finditer('aba')]", lambda: [m.span() for m in p.finditer('aba')])
p = C('^', 32, [14, 4, 0, 0, 0, 6, 0, 1], 0, {}, (None,))
show("p.search('abc', 1)", lambda: p.search('abc', 1))
