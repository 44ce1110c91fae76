"""Writes py/<name>.py programs that drive _sre directly (no `import re`): each pattern is compiled
to opcodes here with CPython 3.12's re._compiler and embedded as a literal _sre.compile call, so the
program runs unchanged under CPython and Isolated. Then runs each under CPython to write .expected.

    python3.12 tests/Isolated.Tests/Sre/tools/gen_engine_cases.py
"""
import os, re, subprocess, sys
from re import _compiler, _parser

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "py")

# name -> list of (pattern, flags, [expressions using p])
CASES = {
    "literals_and_classes": [
        ("abc", 0, ["p.match('abcd')", "p.search('xxabc')", "p.fullmatch('abc')", "p.fullmatch('abcd')", "p.findall('abcabcab')"]),
        ("[a-c]+x", 0, ["p.search('zzabcbx')", "p.findall('ax bx cx dx')"]),
        ("[^0-9]+", 0, ["p.findall('ab12cd345e')"]),
        (r"\d+", 0, ["p.findall('a1 b22 c\u0663\u0664 d')"]),
        (r"\d+", re.ASCII, ["p.findall('a1 b22 c\u0663\u0664 d')"]),
        (r"\w+", 0, ["p.findall('héllo wörld_1 \u4e2d\u6587 \U0001d400x')"]),
        (r"\w+", re.ASCII, ["p.findall('héllo wörld_1')"]),
        (r"\s+", 0, ["p.split('a b\tc\u00a0d\u2003e')"]),
        (r"\S+", 0, ["p.findall(' one  two\nthree ')"]),
        (r"[\w.-]+@[\w-]+\.\w+", 0, ["p.findall('mail a.b@c-d.org and x@y.io now')"]),
        (".", 0, ["p.findall('a\\nb')"]),
        (".", re.DOTALL, ["p.findall('a\\nb')"]),
        ("[\u0100-\u017f]+", 0, ["p.findall('abc\u0101\u0102z\u017e')"]),
        ("[\U0001F600-\U0001F64F]", 0, ["p.findall('hi \U0001F600 there \U0001F64F!')", "p.search('x\U0001F600y').span()"]),
        ("caf\u00e9|na\u00efve", 0, ["p.findall('un caf\u00e9 na\u00efve')"]),
    ],
    "groups": [
        (r"(a)(b)?(c)", 0, ["p.match('ac').groups()", "p.match('ac').groups('-')", "p.match('abc').span(2)", "p.match('ac').span(2)", "p.match('abc').lastindex"]),
        (r"(?P<first>\w+)\s(?P<last>\w+)", 0, ["p.match('Jane Doe').groupdict()", "p.match('Jane Doe')['last']", "p.match('Jane Doe').group('first', 2)", "p.match('Jane Doe').lastgroup", "p.groupindex['last']", "p.groups"]),
        (r"(a|b)*c", 0, ["p.match('ababc').group(1)", "p.match('c').group(1)"]),
        (r"((a)|(b))+", 0, ["p.match('ab').groups()", "p.match('ba').groups()"]),
        (r"(?:(a)|b)*", 0, ["p.match('ab').groups()"]),
        (r"(\d+)-(\d+)", 0, ["p.findall('1-2, 33-44')", "[m.span() for m in p.finditer('1-2, 33-44')]"]),
        (r"(a)|(b)", 0, ["[m.lastindex for m in p.finditer('ab')]", "p.findall('abab')"]),
        (r"(?P<x>a)(?P=x)", 0, ["p.search('xaab')", "p.search('xab')"]),
        (r"(\w)\1", 0, ["p.findall('hello bookkeeper')"]),
        (r"(?i)(a)\1", 0, ["p.match('aA')"]),
        (r"(a)?(?(1)b|c)", 0, ["p.match('ab')", "p.match('c')", "p.match('ac')"]),
        (r"(?P<q>['\"]).*?(?P=q)", 0, ["p.findall('say \"hi\" and \\'yo\\' ok')"]),
    ],
    "repeats": [
        ("a*", 0, ["p.match('aaab')", "p.findall('baaac')", "p.sub(lambda m: '-', 'abc')"]),
        ("a+?", 0, ["p.match('aaa')"]),
        ("a{2,3}", 0, ["p.findall('aaaaaaa')"]),
        ("a{2,3}?", 0, ["p.findall('aaaaaaa')"]),
        ("(ab){2}", 0, ["p.match('ababab')"]),
        ("(ab)*?c", 0, ["p.match('ababc').group(0, 1)"]),
        ("(a|ab)(c|bcd)(d*)", 0, ["p.match('abcd').groups()"]),
        ("(a+)+b", 0, ["p.match('aaaaaaaaaaaaaaab')"]),
        (".*foo", 0, ["p.match('xfooyfooz')"]),
        (".*?foo", 0, ["p.match('xfooyfooz')"]),
        ("(?:x|y)*+y", 0, ["p.match('xyxy')"]),
        ("a++b", 0, ["p.match('aaab')"]),
        ("a*+a", 0, ["p.match('aaa')"]),
        ("(?>a+)b", 0, ["p.match('aaab')"]),
        ("(?>a|ab)c", 0, ["p.match('abc')", "p.match('ac')"]),
        ("(?:a|b)*?c", 0, ["p.search('xxababcxx')"]),
        (r"(\w+?)(\d*)$", 0, ["p.match('abc123').groups()"]),
        ("(a*)*", 0, ["p.match('aaa').groups()"]),
        ("(a*)+b", 0, ["p.match('aab').groups()"]),
        ("(?:a{0,2}){3}x", 0, ["p.match('aaaax')"]),
        ("x{0}y", 0, ["p.match('y')"]),
    ],
    "anchors_lookaround": [
        ("^a", re.M, ["p.findall('a\\nab\\nba')"]),
        ("a$", re.M, ["p.findall('a\\nba\\nab')"]),
        ("a$", 0, ["p.findall('a\\nba\\n')", "p.search('ba\\n').span()"]),
        (r"\Aa", 0, ["p.findall('aa')"]),
        (r"a\Z", 0, ["p.search('aa\\n')", "p.search('aa')"]),
        (r"\bfoo\b", 0, ["p.findall('foo foobar (foo) barfoo')"]),
        (r"\Boo\B", 0, ["p.findall('foo boot zoo')"]),
        (r"\b\w+\b", 0, ["p.findall('naïve café ω')"]),
        ("foo(?=bar)", 0, ["p.search('foobaz foobar').span()"]),
        ("foo(?!bar)", 0, ["p.search('foobar foobaz').span()"]),
        ("(?<=ab)c", 0, ["p.findall('abc xbc abc')"]),
        ("(?<!ab)c", 0, ["[m.start() for m in p.finditer('abc xbc c')]"]),
        ("(?=(\\w+))", 0, ["p.findall('abc')"]),
        ("(?<=(a))b", 0, ["p.search('ab').groups()"]),
        ("^$", re.M, ["[m.span() for m in p.finditer('a\\n\\nb\\n')]"]),
        ("(?!a)", 0, ["[m.span() for m in p.finditer('aba')]"]),
        ("^", 0, ["p.search('abc', 1)"]),
    ],
    "flags_ignorecase": [
        ("hello", re.I, ["p.findall('Hello HELLO hElLo')"]),
        ("[a-z]+", re.I, ["p.findall('ABC def GhI')"]),
        ("straße", re.I, ["p.search('STRASSE STRAßE')"]),
        ("σ", re.I, ["p.findall('Σσς')"]),
        ("[k]", re.I, ["p.findall('kK\u212a')"]),
        ("[k]", re.I | re.A, ["p.findall('kK\u212a')"]),
        ("é", re.I, ["p.findall('éÉ')"]),
        ("i", re.I, ["p.findall('iIİı')"]),
        (r"\w+", re.I, ["p.findall('MiXeD case')"]),
        ("a.c", re.I | re.S, ["p.match('A\\nC')"]),
        ("x # comment\n y", re.X, ["p.match('xy')"]),
        ("[^a]", re.I, ["p.findall('aAbB')"]),
    ],
    "sub_split": [
        (",", 0, ["p.split('a,b,,c')", "p.split('a,b,c', 1)", "p.split('a,b,c', maxsplit=-1)"]),
        ("(,)", 0, ["p.split('a,b')"]),
        ("(-)|(\\+)", 0, ["p.split('a-b+c')"]),
        ("x*", 0, ["p.split('axbc')", "p.sub(lambda m: '-', 'abxd')", "p.subn(lambda m: '-', 'abxd')"]),
        ("\\b", 0, ["p.split('one two')"]),
        ("a", 0, ["p.sub('b', 'aaa')", "p.sub('b', 'aaa', 2)", "p.subn('b', 'aaa', count=1)", "p.sub('', 'banana')"]),
        (r"\d+", 0, ["p.sub(lambda m: str(int(m.group()) * 2), 'a1 b22 c333')"]),
        ("(?P<w>\\w+)", 0, ["p.sub(lambda m: m['w'].upper(), 'ab cd')"]),
        ("", 0, ["p.sub(lambda m: '|', 'abc')", "p.findall('abc')", "p.split('abc')"]),
        ("o", 0, ["p.sub(lambda m: None, 'foo')"]),
    ],
    "edge_semantics": [
        ("a|ab", 0, ["p.fullmatch('ab')", "p.match('ab')"]),
        ("(a|ab)(?:c|)", 0, ["p.fullmatch('ab')"]),
        ("(?:(a)|(b)|(c))+", 0, ["p.match('abc').groups()", "p.match('abc').lastindex", "p.match('cba').lastindex"]),
        ("((a)|b)+", 0, ["p.match('ab').lastindex", "p.match('ab').groups()"]),
        ("(a)(?:(b)|c)*", 0, ["p.match('abcb').groups()", "p.match('abc').groups()"]),
        ("(?:(x)|y)*?z", 0, ["p.match('xyxz').groups()"]),
        ("((?:a|b)*?)(b+)", 0, ["p.match('aabbb').groups()"]),
        ("(a{1,2}?){2,3}", 0, ["p.match('aaaaa').group(0, 1)"]),
        ("(?:a(?=b)|.)+", 0, ["p.match('abac').group()"]),
        ("(?<=a|b)c", 0, ["p.findall('ac bc cc')"]),
        ("(?<=(?:ab|cd))e", 0, ["p.findall('abe cde xe')"]),
        ("(?<!^)x", 0, ["[m.start() for m in p.finditer('xxx')]"]),
        ("(a)(?<=(a))", 0, ["p.match('a').groups()"]),
        ("(?=(a))?a", 0, ["p.match('a').groups()"]),
        ("(?!(a)c)a", 0, ["p.match('ab').groups()"]),
        ("(?:(a)|b)(?(1)c|d)", 0, ["p.findall('ac bd ad bc')"]),
        ("(?>(a)|ab)b", 0, ["p.match('ab').groups()", "p.match('abb')"]),
        ("(?:(a)b)*+", 0, ["p.match('ababa').group(0, 1)"]),
        ("(?:ab|a)*+b", 0, ["p.match('aab')", "p.match('abab')"]),
        ("(a?)*?b", 0, ["p.match('aab').groups()"]),
        ("(?:()|a)*b", 0, ["p.match('aab')"]),
        ("(?:a|())*b", 0, ["p.match('aab').groups()"]),
        ("(a*?)*b", 0, ["p.match('aab').groups()"]),
        ("[\\u0100-\\u2000\\w]+", re.I, ["p.findall('ab\\u0130\\u01c5-\\u1e9e')"]),
        ("[^\\W\\d_]+", 0, ["p.findall('ab_12cd \\u00e9f')"]),
        ("[\\s\\d]+", 0, ["p.findall('a1 2\\t3b')"]),
        ("[a-z\\u00e0-\\u00ff]+", re.I, ["p.findall('ABC \\u00c9t\\u00c9 \\u0178')"]),
        ("[\\u4e00-\\u9fff\\u3040-\\u309f]+", 0, ["p.findall('x\\u4e2d\\u6587\\u3042y')"]),
        ("$", 0, ["p.search('ab\\n', 0, 2)", "[m.span() for m in p.finditer('a\\n')]"]),
        ("a", 0, ["p.match('xa', 1)", "p.match('xa', -5)", "p.search('aaa', 5)", "p.search('aaa', 1, -1)", "list(p.finditer('aaa', 1, 2))"]),
        (b"[a-z]+", re.L, ["p.findall(b'Ab cD')"]),
        (b"ab", re.L | re.I, ["p.findall(b'AB aB ab')"]),
        (b"[ab]", re.L | re.I, ["p.findall(b'AbBa')"]),
        ("x*", 0, ["[m.span() for m in p.finditer('axxb')]"]),
        ("\\b|x", 0, ["[m.span() for m in p.finditer('ax b')]"]),
    ],
    "bytes_and_errors": [
        (b"a(b+)c", 0, ["p.search(b'xxabbbcxx')", "p.search(b'xxabbbcxx').group(1)", "p.search(bytearray(b'abc'))", "p.findall(memoryview(b'abc abbc'))"]),
        (rb"\w+", 0, ["p.findall(b'caf\\xe9 ok_1')"]),
        (rb"[\x80-\xff]+", 0, ["p.findall(b'ab\\x80\\xffcd')"]),
        (b"hello", re.I, ["p.findall(b'HeLLo hello')", "p"]),
        (rb"\s", 0, ["p.split(b'a b\\tc')"]),
        (b"a", 0, ["p.sub(b'x', b'banana')", "p.sub(lambda m: b'yy', b'banana')"]),
        ("a", 0, ["p.match(b'a')", "p.search(1)", "p.sub(lambda m: 1, 'a')"]),
        (b"a", 0, ["p.match('a')"]),
        ("(a)", 0, ["p.match('a').group(2)", "p.match('a').group('nope')", "p.match('a').start(-1)"]),
        ("abc", re.I | re.M, ["p", "p == re_compile('abc', re.I | re.M)", "p == re_compile('abd', re.I | re.M)", "hash(p) == hash(re_compile('abc', re.I | re.M))"]),
        ("x" * 300, 0, ["p"]),
    ],
}

SCANNER = '''p = %s
sc = p.scanner('a1b22c', 1)
print(sc.pattern is p, sc.search(), sc.match(), sc.search(), sc.search(), sc.search())
sc = p.scanner('12a')
print(sc.match(), sc.match(), sc.match(), sc.match())
'''

SETUP = '''import _sre

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
'''


def compile_call(pattern, flags):
    p = _parser.parse(pattern, flags)
    code = [int(x) for x in _compiler._code(p, flags)]
    groupindex = p.state.groupdict
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return "C(%r, %d, %r, %d, %r, %r)" % (pattern, flags | p.state.flags, code, p.state.groups - 1,
                                           dict(groupindex), tuple(indexgroup))


def main():
    os.makedirs(OUT, exist_ok=True)
    extra = {}
    for name, cases in CASES.items():
        lines = [SETUP]
        for pattern, flags, exprs in cases:
            lines.append("p = " + compile_call(pattern, flags))
            for e in exprs:
                if "re_compile(" in e:
                    # make sure the comparison pattern is compiled too
                    for other in ("abc", "abd"):
                        lines.append(compile_call(other, flags))
                lines.append("show(%r, lambda: %s)" % (e, e.replace("\n", "\\n")))
        if name == "edge_semantics":
            lines.append(SCANNER % compile_call(r'\d*', 0))
            # compiled without source text (as re.Scanner does): takes str and bytes
            lines.append("q = " + compile_call('a', 0).replace("C('a'", "_sre.compile(None", 1))
            lines.append("print(q, q.match('a'), q.match(b'a'), q.pattern)")
        path = os.path.join(OUT, name + ".py")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        out = subprocess.run([sys.executable, path], capture_output=True, text=True, encoding="utf-8")
        if out.returncode != 0:
            raise SystemExit(out.stderr)
        with open(os.path.join(OUT, name + ".expected"), "w", encoding="utf-8") as f:
            f.write(out.stdout)
        print("wrote", name)


main()
