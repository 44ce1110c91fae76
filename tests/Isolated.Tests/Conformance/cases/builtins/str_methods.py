# str: every method with edge cases.
def check(src):
    try:
        r = eval(src)
    except Exception as e:
        print(f"{src} !! {type(e).__name__}: {e}")
    else:
        print(f"{src} -> {r!r}")

for src in [
    "'hello world'.capitalize()", "'HELLO wORLD'.capitalize()", "'ǆungla'.capitalize()", "'ß'.capitalize()",
    "'hello world'.title()", "\"they're bill's\".title()", "'ǆ ǉ'.title()", "'1st 2nd'.title()",
    "'Hello'.swapcase()", "'ß'.upper()", "'ß'.lower()", "'ß'.casefold()", "'ΣΑΣ'.lower()", "'İ'.lower()",
    "'ﬁ'.upper()", "'Straße'.casefold() == 'STRASSE'.casefold()", "'ῼ'.lower()", "'ǅ'.swapcase()",
    "'abc'.center(9)", "'abc'.center(8, '*')", "'abc'.center(2)", "'ab'.center(5, '-')", "'abc'.ljust(6, '.')",
    "'abc'.rjust(6)", "'42'.zfill(5)", "'-42'.zfill(6)", "'+42'.zfill(2)", "''.zfill(3)", "'abc'.zfill(5)",
    "'abc'.center(7, 'xy')", "'a\\tb\\tc'.expandtabs()", "'a\\tbc\\tc'.expandtabs(4)", "'ab\\n\\tc'.expandtabs(2)",
    "'banana'.count('a')", "'banana'.count('an', 2)", "'banana'.count('')", "'banana'.count('a', -3, -1)",
    "'banana'.find('na')", "'banana'.rfind('na')", "'banana'.find('x')", "'banana'.index('n', 3)", "'banana'.index('x')",
    "'banana'.rindex('a', 0, 4)", "'banana'.find('', 10)", "'banana'.find('', 6)", "'banana'.find('a', None, 2)",
    "'banana'.startswith(('x', 'ba'))", "'banana'.endswith('na', 0, 4)", "'banana'.startswith('an', 1)",
    "'banana'.startswith('')", "'banana'.endswith(('a',), -1)", "'a'.startswith(['a'])",
    "'  pad  '.strip()", "'xxhixx'.strip('x')", "'abcba'.strip('ab')", "'  pad  '.lstrip()", "'  pad  '.rstrip()",
    "'\\u2003 nbsp\\xa0'.strip()", "'www.example.com'.removeprefix('www.')", "'file.tar.gz'.removesuffix('.gz')",
    "'a,b,,c'.split(',')", "'a b  c '.split()", "'a b c'.split(None, 1)", "'a,b,c'.rsplit(',', 1)", "'  a b '.rsplit()",
    "''.split(',')", "''.split()", "'abc'.split('')", "'a\\x1cb\\x1dc\\x1ed\\x1ff'.split()", "'a\\u3000b'.split()",
    "'line1\\nline2\\r\\nline3\\rline4'.splitlines()", "'a\\nb\\n'.splitlines(True)", "'a\\x0bb\\x0cc\\x1cd\\x85e\\u2028f\\u2029g'.splitlines()",
    "''.splitlines()", "'\\n'.splitlines()", "'a\\r\\n'.split('\\n')",
    "'key=value=x'.partition('=')", "'novalue'.partition('=')", "'a.b.c'.rpartition('.')", "'abc'.rpartition('x')",
    "'abc'.partition('')", "'-'.join(['a', 'b', 'c'])", "''.join([])", "', '.join(map(str, range(4)))", "'-'.join('abc')",
    "'-'.join([1, 2])", "'hello'.replace('l', 'L')", "'hello'.replace('l', 'L', 1)", "'abc'.replace('', '-')",
    "'abc'.replace('', '-', 2)", "'aaa'.replace('a', 'bb', -1)", "'abc'.replace('b', '')",
    "'abc123'.isalnum()", "'abc'.isalpha()", "'é日本'.isalpha()", "'123'.isdigit()", "'²'.isdigit()", "'²'.isdecimal()",
    "'½'.isnumeric()", "'٣'.isdecimal()", "''.isdigit()", "'abc'.islower()", "'aBc'.islower()", "'ABC1'.isupper()",
    "'123'.isupper()", "'Hello World'.istitle()", "'Hello world'.istitle()", "' \\t\\n'.isspace()", "''.isspace()",
    "'abc_1'.isidentifier()", "'1abc'.isidentifier()", "'class'.isidentifier()", "'日本'.isidentifier()",
    "'abc'.isprintable()", "'a\\nb'.isprintable()", "'\\x7f'.isprintable()", "''.isprintable()", "'abc'.isascii()",
    "'é'.isascii()", "'\\u00a0'.isspace()", "'\\u200b'.isspace()",
    "'abc'.encode()", "'héllo'.encode('latin-1')", "'日本'.encode('utf-16-le')", "'€'.encode('ascii', 'replace')",
    "'€x'.encode('ascii', 'ignore')", "'€'.encode('ascii', 'xmlcharrefreplace')", "'€'.encode('ascii', 'backslashreplace')",
    "'€'.encode('ascii')", "'\\ud800'.encode('utf-8', 'surrogatepass')", "'\\ud800'.encode('utf-8')",
    "'abc'.translate({97: 'A', 98: None})", "'abc'.translate(str.maketrans('ab', 'xy'))",
    "str.maketrans('ab', 'xy', 'c')", "str.maketrans({'a': 1, 'b': 'z'})", "'hello'.translate(str.maketrans('', '', 'l'))",
    "str.maketrans('ab', 'x')", "str.maketrans({'ab': 1})", "'abc'.translate({ord('a'): 'xyz'})",
    "'Hello {}, you are {age}'.format('Bob', age=5)", "'{0}{1}{0}'.format('a', 'b')", "'{:>5}|{:<5}|{:^5}'.format(1, 2, 3)",
    "'{0[1]} {1[k]} {2.real}'.format([1, 2], {'k': 'v'}, 3j)", "'{!r} {!s} {!a}'.format('é', 'é', 'é')",
    "'{{}} {}'.format(1)", "'{} {}'.format(1)", "'{0} {}'.format(1, 2)", "'{x}'.format_map({'x': 7})",
    "'{:{w}.{p}f}'.format(3.14159, w=10, p=2)", "'{a[0]}'.format(a='xyz')", "'{0!x}'.format(1)",
    "'abc' * 3", "'abc' * 0", "'abc' * -1", "'ab' + 'cd'", "'b' in 'abc'", "'' in 'abc'", "'abc'[::-1]", "'abcdef'[1:5:2]",
    "'abc'[5:]", "'abc'[-10:2]", "'abc'[1]", "'abc'[3]", "'a' < 'b'", "'a' < 'B'", "'abc' < 'abd'", "'ab' < 'abc'",
    "'é' > 'z'", "min('hello')", "max('hello')", "sorted('hello')", "list(reversed('abc'))", "len('日本語')",
    "'😀'.encode('utf-8')", "len('😀')", "'😀'[0]", "ord('😀')", "'a😀b'[::-1]", "'😀' > '\\uffff'",
    "str(b'abc')", "str(b'abc', 'ascii')", "str(b'\\xff', 'utf-8', 'replace')", "str(b'\\xff', 'utf-8')", "str(1, 'x')",
    "str(object=5)", "str()", "repr('a\\'b')", "repr(\"a'b\\\"c\")", "repr('\\x00\\t\\n\\x7f\\x80\\xff\\u0100\\U0001f600')",
    "ascii('é日😀')", "'%s' % 'x'", "'%5.1s|' % 'abc'", "'abc'.__len__()", "'abc'.__contains__('b')", "'abc'.__getitem__(slice(1, None))",
    "'x'.__mul__(3)", "'x'.__rmul__(3)", "'ab'.__add__('c')", "'ab'.__eq__(1)", "'ab'.__lt__(1)",
]:
    check(src)
