import io
import re
import unittest
from unittest import mock


class Calculator:
    def add(self, a, b):
        return a + b
    def div(self, a, b):
        return a / b


class CalculatorTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.shared = "class fixture"

    def setUp(self):
        self.calc = Calculator()

    def tearDown(self):
        self.calc = None

    def test_add(self):
        self.assertEqual(self.calc.add(2, 3), 5)
        self.assertEqual(self.shared, "class fixture")

    def test_div_zero(self):
        with self.assertRaises(ZeroDivisionError):
            self.calc.div(1, 0)
        with self.assertRaisesRegex(ZeroDivisionError, "division"):
            self.calc.div(1, 0)

    def test_failure(self):
        self.assertEqual(self.calc.add(1, 1), 3, "math is hard")

    def test_error(self):
        raise RuntimeError("unexpected")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 3)

    def test_assertions(self):
        self.assertIn(2, [1, 2])
        self.assertIsNone(None)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertRegex("hello123", r"\d+")
        self.assertIsInstance(1, int)
        self.assertGreaterEqual(3, 3)
        with self.assertWarns(UserWarning):
            import warnings
            warnings.warn("w")
        with self.assertLogs("x", level="INFO") as cm:
            import logging
            logging.getLogger("x").info("logged")
        self.assertEqual(cm.output, ["INFO:x:logged"])

    def test_mock(self):
        m = mock.Mock(return_value=42)
        self.assertEqual(m(1, k=2), 42)
        m.assert_called_once_with(1, k=2)
        with mock.patch.object(Calculator, "add", return_value=-1) as patched:
            self.assertEqual(Calculator().add(1, 2), -1)
            patched.assert_called_once()
        mm = mock.MagicMock()
        mm.__len__.return_value = 7
        self.assertEqual(len(mm), 7)
        with mock.patch("os.getcwd", return_value="/fake"):
            import os
            self.assertEqual(os.getcwd(), "/fake")
        s = mock.Mock(side_effect=[1, ValueError("x")])
        self.assertEqual(s(), 1)
        self.assertRaises(ValueError, s)


def load():
    return unittest.defaultTestLoader.loadTestsFromTestCase(CalculatorTests)

suite = load()
print("tests:", suite.countTestCases())
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
out = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests in Xs", stream.getvalue())
out = out.replace(__file__, "FILE")
print(out)
print("run", result.testsRun, "failures", len(result.failures), "errors", len(result.errors), "skipped", len(result.skipped),
      "xfail", len(result.expectedFailures), "xpass", len(result.unexpectedSuccesses), "ok", result.wasSuccessful())
for test, tb in result.failures:
    print("FAIL", test.id(), tb.strip().splitlines()[-1])
for test, tb in result.errors:
    print("ERROR", test.id(), tb.strip().splitlines()[-1])

class Quiet(unittest.TestCase):
    def test_ok(self):
        self.assertTrue(True)
r = unittest.TestResult()
unittest.TestSuite([Quiet("test_ok")]).run(r)
print(r.testsRun, r.wasSuccessful(), repr(Quiet("test_ok")).split(" ")[0])
# (a skipped test counts in testsRun since 3.12.x, so only its reason is shown)
class Skipping(unittest.TestCase):
    @unittest.skip("not today")
    def test_skipped(self):
        pass
    @unittest.skipIf(True, "condition")
    def test_skip_if(self):
        pass
r = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(Skipping).run(r)
print([(t.id().split(".")[-1], why) for t, why in r.skipped])
try:
    unittest.main(argv=["prog", "Quiet"], exit=True, testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print("main exit code", e.code)
