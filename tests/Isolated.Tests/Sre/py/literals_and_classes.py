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

p = C('abc', 32, [14, 12, 3, 3, 3, 3, 3, 97, 98, 99, 0, 0, 0, 16, 97, 16, 98, 16, 99, 1], 0, {}, (None,))
show("p.match('abcd')", lambda: p.match('abcd'))
show("p.search('xxabc')", lambda: p.search('xxabc'))
show("p.fullmatch('abc')", lambda: p.fullmatch('abc'))
show("p.fullmatch('abcd')", lambda: p.fullmatch('abcd'))
show("p.findall('abcabcab')", lambda: p.findall('abcabcab'))
p = C('[a-c]+x', 32, [14, 4, 0, 2, 4294967295, 24, 10, 1, 4294967295, 13, 5, 22, 97, 99, 0, 1, 16, 120, 1], 0, {}, (None,))
show("p.search('zzabcbx')", lambda: p.search('zzabcbx'))
show("p.findall('ax bx cx dx')", lambda: p.findall('ax bx cx dx'))
p = C('[^0-9]+', 32, [14, 4, 0, 1, 4294967295, 24, 11, 1, 4294967295, 13, 6, 21, 22, 48, 57, 0, 1, 1], 0, {}, (None,))
show("p.findall('ab12cd345e')", lambda: p.findall('ab12cd345e'))
p = C('\\d+', 32, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 10, 0, 1, 1], 0, {}, (None,))
show("p.findall('a1 b22 c٣٤ d')", lambda: p.findall('a1 b22 c٣٤ d'))
p = C('\\d+', 256, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 0, 0, 1, 1], 0, {}, (None,))
show("p.findall('a1 b22 c٣٤ d')", lambda: p.findall('a1 b22 c٣٤ d'))
p = C('\\w+', 32, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 1], 0, {}, (None,))
show("p.findall('héllo wörld_1 中文 𝐀x')", lambda: p.findall('héllo wörld_1 中文 𝐀x'))
p = C('\\w+', 256, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 4, 0, 1, 1], 0, {}, (None,))
show("p.findall('héllo wörld_1')", lambda: p.findall('héllo wörld_1'))
p = C('\\s+', 32, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 12, 0, 1, 1], 0, {}, (None,))
show("p.split('a b\tc\xa0d\u2003e')", lambda: p.split('a b	c d e'))
p = C('\\S+', 32, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 13, 0, 1, 1], 0, {}, (None,))
show("p.findall(' one  two\nthree ')", lambda: p.findall(' one  two\nthree '))
p = C('[\\w.-]+@[\\w-]+\\.\\w+', 32, [14, 4, 0, 5, 4294967295, 24, 12, 1, 4294967295, 13, 7, 22, 45, 46, 8, 14, 0, 1, 16, 64, 24, 11, 1, 4294967295, 13, 6, 8, 14, 16, 45, 0, 1, 16, 46, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 1], 0, {}, (None,))
show("p.findall('mail a.b@c-d.org and x@y.io now')", lambda: p.findall('mail a.b@c-d.org and x@y.io now'))
p = C('.', 32, [14, 4, 0, 1, 1, 2, 1], 0, {}, (None,))
show("p.findall('a\\nb')", lambda: p.findall('a\nb'))
p = C('.', 48, [14, 4, 0, 1, 1, 3, 1], 0, {}, (None,))
show("p.findall('a\\nb')", lambda: p.findall('a\nb'))
p = C('[Ā-ſ]+', 32, [14, 4, 0, 1, 4294967295, 24, 10, 1, 4294967295, 13, 5, 22, 256, 383, 0, 1, 1], 0, {}, (None,))
show("p.findall('abcāĂzž')", lambda: p.findall('abcāĂzž'))
p = C('[😀-🙏]', 32, [14, 8, 4, 1, 1, 22, 128512, 128591, 0, 13, 5, 22, 128512, 128591, 0, 1], 0, {}, (None,))
show("p.findall('hi 😀 there 🙏!')", lambda: p.findall('hi 😀 there 🙏!'))
show("p.search('x😀y').span()", lambda: p.search('x😀y').span())
p = C('café|naïve', 32, [14, 9, 4, 4, 5, 16, 99, 16, 110, 0, 7, 11, 16, 99, 16, 97, 16, 102, 16, 233, 15, 15, 13, 16, 110, 16, 97, 16, 239, 16, 118, 16, 101, 15, 2, 0, 1], 0, {}, (None,))
show("p.findall('un café naïve')", lambda: p.findall('un café naïve'))
