import doctest
import io
import sys

import stdprogs_doctested as mod

out = io.StringIO()
saved = sys.stdout
sys.stdout = out
try:
    results = doctest.testmod(mod, verbose=False)
finally:
    sys.stdout = saved
print(results, results.failed, results.attempted)
text = out.getvalue().replace(mod.__file__, "MODFILE")
print(text)

finder = doctest.DocTestFinder()
tests = finder.find(mod)
print(sorted((t.name, len(t.examples)) for t in tests))
runner = doctest.DocTestRunner(verbose=False)
for t in sorted(tests, key=lambda t: t.name):
    if t.name.endswith("add"):
        r = runner.run(t, out=lambda s: None)
        print(t.name, r)
print(runner.summarize(verbose=False))

parser = doctest.DocTestParser()
examples = parser.get_examples(">>> x = 1\n>>> x + 1\n2\n>>> print('a\\nb')\na\nb\n")
print([(e.source, e.want) for e in examples])
test = parser.get_doctest(">>> 6 * 7\n42\n>>> 'x' * 3\n'xxx'\n", {}, "inline", "inline.py", 0)
r = doctest.DocTestRunner().run(test)
print(r)

def square(n):
    """
    >>> square(4)
    16
    >>> square(-3)
    9
    """
    return n * n

buf = io.StringIO()
sys.stdout = buf
try:
    doctest.run_docstring_examples(square, {"square": square}, verbose=True, name="square")
finally:
    sys.stdout = saved
print(buf.getvalue())
suite = doctest.DocTestSuite(mod)
import unittest
res = unittest.TestResult()
suite.run(res)
print(res.testsRun, len(res.failures), len(res.errors))
checker = doctest.OutputChecker()
print(checker.check_output("[1, 2]\n", "[1,   2]\n", doctest.NORMALIZE_WHITESPACE), checker.check_output("1\n", "2\n", 0))
print(doctest.script_from_examples(">>> print(1)\n1\n"))
