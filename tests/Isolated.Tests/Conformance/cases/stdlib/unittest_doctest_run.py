# unittest: a suite run into a StringIO stream (summary without timings), expected failures,
# (no skipped test: whether testsRun counts it changed between 3.12.1, the oracle, and 3.12.7)
# subTest, assertRaises/assertWarns, setUp/tearDown order; doctest on a function's docstring.
import doctest
import io
import re
import unittest
import warnings

calls = []

def mean(values):
    """Arithmetic mean.

    >>> mean([1, 2, 3])
    2.0
    >>> mean([])
    Traceback (most recent call last):
        ...
    ValueError: empty
    >>> [mean([x, x + 2]) for x in range(3)]
    [1.0, 2.0, 3.0]
    """
    if not values:
        raise ValueError("empty")
    return sum(values) / len(values)

def broken(x):
    """
    >>> broken(2)
    5
    >>> broken(3)
    6
    """
    return x * 2

class MathTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        calls.append("setUpClass")

    def setUp(self):
        calls.append("setUp " + self._testMethodName)

    def tearDown(self):
        calls.append("tearDown")

    def test_mean(self):
        self.assertEqual(mean([2, 4]), 3.0)
        self.assertAlmostEqual(mean([0.1, 0.2]), 0.15)
        self.assertIsInstance(mean([1]), float)

    def test_errors(self):
        with self.assertRaises(ValueError) as cm:
            mean([])
        self.assertEqual(str(cm.exception), "empty")
        self.assertRaisesRegex(ZeroDivisionError, "division", lambda: 1 / 0)
        with self.assertWarns(DeprecationWarning):
            warnings.warn("old", DeprecationWarning)

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 3)

    def test_fail(self):
        self.assertEqual([1, 2, 3], [1, 2, 4], "lists differ")

    def test_error(self):
        {}["missing"]

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        self.assertTrue(True)

    def test_containers(self):
        self.assertIn(2, [1, 2])
        self.assertNotIn(5, {1: 2})
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertIsNone(None)
        self.assertTrue(all([]))
        self.assertGreaterEqual(3, 3)
        self.assertRegex("abc123", r"\d+")
        self.assertMultiLineEqual("a\nb", "a\nb")
        self.assertSequenceEqual((1, 2), [1, 2])

class StringTests(unittest.TestCase):
    def test_upper(self):
        self.assertEqual("abc".upper(), "ABC")

    def test_split_fail(self):
        self.assertEqual("a,b".split(","), ["a", "b", "c"])

def clean(text):
    text = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests in Xs", text)
    text = re.sub(r'File ".*?([^/]+\.py)", line \d+', r'File "\1", line N', text)
    return text

loader = unittest.TestLoader()
suite = unittest.TestSuite()
suite.addTests(loader.loadTestsFromTestCase(MathTests))
suite.addTests(loader.loadTestsFromTestCase(StringTests))
print(suite.countTestCases(), sorted(loader.getTestCaseNames(StringTests)))
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
for test, trace in result.failures + result.errors:
    print(test.id(), "->", trace.strip().splitlines()[-1])
output = clean(stream.getvalue())
lines = output.splitlines()
print("\n".join(line for line in lines if " ... " in line or line.startswith(("FAIL", "ERROR", "Ran", "OK", "FAILED"))))
print(calls[:4], calls.count("tearDown"))
ok_stream = io.StringIO()
ok = unittest.TextTestRunner(stream=ok_stream, verbosity=0).run(loader.loadTestsFromName("test_upper", StringTests))
print(ok.wasSuccessful(), clean(ok_stream.getvalue()).strip().splitlines()[-1])

runner = doctest.DocTestRunner(verbose=False)
finder = doctest.DocTestFinder()
out = io.StringIO()
for name, fn in [("mean", mean), ("broken", broken)]:
    for test in finder.find(fn, name, globs={"mean": mean, "broken": broken}):
        runner.run(test, out=out.write)
print(runner.summarize(verbose=False))
report = re.sub(r'File ".*?", line \d+', 'File "X", line N', out.getvalue())
print(report)
print(doctest.testmod(verbose=False, report=False).__class__.__name__)
parser = doctest.DocTestParser()
examples = parser.get_examples(mean.__doc__)
print([(e.source.strip(), e.want.strip()) for e in examples])
