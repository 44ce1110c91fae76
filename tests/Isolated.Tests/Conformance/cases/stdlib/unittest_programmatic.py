# unittest run programmatically: TestCase, assertions, subTest, skip, expectedFailure, setUp/tearDown, fixtures.
import io
import unittest


def divide(a, b):
    if b == 0:
        raise ValueError("b must not be zero")
    return a / b


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()


events = []


class TestDivide(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("setUpClass")

    def setUp(self):
        events.append("setUp")

    def tearDown(self):
        events.append("tearDown")

    def test_basic(self):
        self.assertEqual(divide(6, 3), 2)
        self.assertAlmostEqual(divide(1, 3), 0.3333333, places=6)

    def test_zero(self):
        with self.assertRaises(ValueError) as cm:
            divide(1, 0)
        self.assertIn("zero", str(cm.exception))
        self.assertRaisesRegex(ValueError, "must not", divide, 2, 0)

    def test_fails(self):
        self.assertEqual(divide(1, 2), 0.25, "half is not a quarter")

    def test_subtests(self):
        for a, b, want in [(4, 2, 2), (9, 3, 3), (1, 1, 2)]:
            with self.subTest(a=a, b=b):
                self.assertEqual(divide(a, b), want)

    def test_skipped(self):
        # skipTest inside the body: CPython 3.12.1 and 3.12.7 count it the same way
        self.skipTest("not ready")

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

    def test_error(self):
        {}["missing"]


class TestStack(unittest.TestCase):
    def setUp(self):
        self.s = Stack()

    def test_push_pop(self):
        self.s.push(1)
        self.s.push(2)
        self.assertEqual(self.s.pop(), 2)
        self.assertListEqual(self.s.items, [1])

    def test_empty(self):
        self.assertRaises(IndexError, self.s.pop)

    def test_collections(self):
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertIsNone(None)
        self.assertIsInstance(self.s, Stack)
        self.assertGreater(3, 2)
        self.assertNotIn(5, [1, 2])
        self.assertRegex("hello world", r"w\w+")

    def test_list_diff(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])


loader = unittest.TestLoader()
suite = unittest.TestSuite()
suite.addTests(loader.loadTestsFromTestCase(TestDivide))
suite.addTests(loader.loadTestsFromTestCase(TestStack))
print("tests:", suite.countTestCases())
out = io.StringIO()
runner = unittest.TextTestRunner(stream=out, verbosity=2)
result = runner.run(suite)
for line in out.getvalue().splitlines():
    if line.startswith("Ran "):
        line = line.split(" in ")[0]
    if line.startswith('  File "'):
        line = "  File " + line.split('"')[1].rsplit("/", 1)[-1] + line.split('"', 2)[2]
    print(line)
print("run", result.testsRun, "failures", len(result.failures), "errors", len(result.errors),
      "skipped", len(result.skipped), "xfail", len(result.expectedFailures), "ok", result.wasSuccessful())
print(sorted(t.id() for t, _ in result.failures))
print(events[:4], events.count("setUp"), events.count("tearDown"))
