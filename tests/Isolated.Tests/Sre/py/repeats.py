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

p = C('a*', 32, [14, 4, 0, 0, 4294967295, 24, 6, 0, 4294967295, 16, 97, 1, 1], 0, {}, (None,))
show("p.match('aaab')", lambda: p.match('aaab'))
show("p.findall('baaac')", lambda: p.findall('baaac'))
show("p.sub(lambda m: '-', 'abc')", lambda: p.sub(lambda m: '-', 'abc'))
p = C('a+?', 32, [14, 4, 0, 1, 4294967295, 26, 6, 1, 4294967295, 16, 97, 1, 1], 0, {}, (None,))
show("p.match('aaa')", lambda: p.match('aaa'))
p = C('a{2,3}', 32, [14, 4, 0, 2, 3, 24, 6, 2, 3, 16, 97, 1, 1], 0, {}, (None,))
show("p.findall('aaaaaaa')", lambda: p.findall('aaaaaaa'))
p = C('a{2,3}?', 32, [14, 4, 0, 2, 3, 26, 6, 2, 3, 16, 97, 1, 1], 0, {}, (None,))
show("p.findall('aaaaaaa')", lambda: p.findall('aaaaaaa'))
p = C('(ab){2}', 32, [14, 4, 0, 4, 4, 23, 11, 2, 2, 17, 0, 16, 97, 16, 98, 17, 1, 18, 1], 1, {}, (None, None))
show("p.match('ababab')", lambda: p.match('ababab'))
p = C('(ab)*?c', 32, [14, 4, 0, 1, 4294967295, 23, 11, 0, 4294967295, 17, 0, 16, 97, 16, 98, 17, 1, 19, 16, 99, 1], 1, {}, (None, None))
show("p.match('ababc').group(0, 1)", lambda: p.match('ababc').group(0, 1))
p = C('(a|ab)(c|bcd)(d*)', 32, [14, 8, 1, 2, 4294967295, 1, 0, 97, 0, 17, 0, 16, 97, 7, 3, 15, 7, 5, 16, 98, 15, 2, 0, 17, 1, 17, 2, 7, 5, 16, 99, 15, 11, 9, 16, 98, 16, 99, 16, 100, 15, 2, 0, 17, 3, 17, 4, 24, 6, 0, 4294967295, 16, 100, 1, 17, 5, 1], 3, {}, (None, None, None, None))
show("p.match('abcd').groups()", lambda: p.match('abcd').groups())
p = C('(a+)+b', 32, [14, 4, 0, 2, 4294967295, 23, 14, 1, 4294967295, 17, 0, 24, 6, 1, 4294967295, 16, 97, 1, 17, 1, 18, 16, 98, 1], 1, {}, (None, None))
show("p.match('aaaaaaaaaaaaaaab')", lambda: p.match('aaaaaaaaaaaaaaab'))
p = C('.*foo', 32, [14, 4, 0, 3, 4294967295, 24, 5, 0, 4294967295, 2, 1, 16, 102, 16, 111, 16, 111, 1], 0, {}, (None,))
show("p.match('xfooyfooz')", lambda: p.match('xfooyfooz'))
p = C('.*?foo', 32, [14, 4, 0, 3, 4294967295, 26, 5, 0, 4294967295, 2, 1, 16, 102, 16, 111, 16, 111, 1], 0, {}, (None,))
show("p.match('xfooyfooz')", lambda: p.match('xfooyfooz'))
p = C('(?:x|y)*+y', 32, [14, 4, 0, 1, 4294967295, 29, 10, 0, 4294967295, 13, 5, 22, 120, 121, 0, 1, 16, 121, 1], 0, {}, (None,))
show("p.match('xyxy')", lambda: p.match('xyxy'))
p = C('a++b', 32, [14, 4, 0, 2, 4294967295, 29, 6, 1, 4294967295, 16, 97, 1, 16, 98, 1], 0, {}, (None,))
show("p.match('aaab')", lambda: p.match('aaab'))
p = C('a*+a', 32, [14, 4, 0, 1, 4294967295, 29, 6, 0, 4294967295, 16, 97, 1, 16, 97, 1], 0, {}, (None,))
show("p.match('aaa')", lambda: p.match('aaa'))
p = C('(?>a+)b', 32, [14, 4, 0, 2, 4294967295, 27, 9, 24, 6, 1, 4294967295, 16, 97, 1, 1, 16, 98, 1], 0, {}, (None,))
show("p.match('aaab')", lambda: p.match('aaab'))
p = C('(?>a|ab)c', 32, [14, 4, 0, 2, 3, 27, 14, 16, 97, 7, 3, 15, 7, 5, 16, 98, 15, 2, 0, 1, 16, 99, 1], 0, {}, (None,))
show("p.match('abc')", lambda: p.match('abc'))
show("p.match('ac')", lambda: p.match('ac'))
p = C('(?:a|b)*?c', 32, [14, 4, 0, 1, 4294967295, 26, 10, 0, 4294967295, 13, 5, 22, 97, 98, 0, 1, 16, 99, 1], 0, {}, (None,))
show("p.search('xxababcxx')", lambda: p.search('xxababcxx'))
p = C('(\\w+?)(\\d*)$', 32, [14, 4, 0, 1, 4294967295, 17, 0, 26, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 1, 17, 2, 24, 9, 0, 4294967295, 13, 4, 8, 10, 0, 1, 17, 3, 6, 5, 1], 2, {}, (None, None, None))
show("p.match('abc123').groups()", lambda: p.match('abc123').groups())
p = C('(a*)*', 32, [14, 4, 0, 0, 4294967295, 23, 14, 0, 4294967295, 17, 0, 24, 6, 0, 4294967295, 16, 97, 1, 17, 1, 18, 1], 1, {}, (None, None))
show("p.match('aaa').groups()", lambda: p.match('aaa').groups())
p = C('(a*)+b', 32, [14, 4, 0, 1, 4294967295, 23, 14, 1, 4294967295, 17, 0, 24, 6, 0, 4294967295, 16, 97, 1, 17, 1, 18, 16, 98, 1], 1, {}, (None, None))
show("p.match('aab').groups()", lambda: p.match('aab').groups())
p = C('(?:a{0,2}){3}x', 32, [14, 4, 0, 1, 7, 23, 10, 3, 3, 24, 6, 0, 2, 16, 97, 1, 18, 16, 120, 1], 0, {}, (None,))
show("p.match('aaaax')", lambda: p.match('aaaax'))
p = C('x{0}y', 32, [14, 4, 0, 1, 1, 24, 6, 0, 0, 16, 120, 1, 16, 121, 1], 0, {}, (None,))
show("p.match('y')", lambda: p.match('y'))
