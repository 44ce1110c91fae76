# A tester's suite: unittest with subTest, setUp/tearDown, skip, expectedFailure, mocks and patch.
import io
import json
import unittest
from unittest import mock


class WeatherClient:
    def __init__(self, http):
        self.http = http

    def temperature(self, city):
        resp = self.http.get(f"https://api.example/weather?city={city}")
        if resp.status != 200:
            raise RuntimeError(f"HTTP {resp.status}")
        return json.loads(resp.body)["temp"]

    def report(self, cities):
        return {c: self.temperature(c) for c in cities}


def read_config(path):
    with open(path) as f:
        return dict(line.strip().split("=", 1) for line in f if "=" in line)


class TestWeather(unittest.TestCase):
    def setUp(self):
        self.http = mock.Mock()
        self.client = WeatherClient(self.http)

    def tearDown(self):
        self.http.reset_mock()

    def test_temperature(self):
        self.http.get.return_value = mock.Mock(status=200, body='{"temp": 21.5}')
        self.assertEqual(self.client.temperature("Oslo"), 21.5)
        self.http.get.assert_called_once_with("https://api.example/weather?city=Oslo")

    def test_error_status(self):
        self.http.get.return_value.status = 503
        with self.assertRaisesRegex(RuntimeError, r"HTTP 5\d\d"):
            self.client.temperature("Rome")

    def test_report_side_effect(self):
        bodies = iter(['{"temp": 1}', '{"temp": 2}'])
        self.http.get.side_effect = lambda url: mock.Mock(status=200, body=next(bodies))
        self.assertDictEqual(self.client.report(["a", "b"]), {"a": 1, "b": 2})
        self.assertEqual(self.http.get.call_count, 2)
        self.assertEqual(self.http.get.call_args_list[1], mock.call("https://api.example/weather?city=b"))

    def test_subtests(self):
        for n, expected in [(0, True), (1, False), (2, True), (3, True)]:
            with self.subTest(n=n):
                self.assertEqual(n % 2 == 0, expected)

    @unittest.skip("not today")
    def test_skipped(self):
        self.fail("should not run")

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.31, places=3)

    def test_patch_open(self):
        m = mock.mock_open(read_data="a=1\nb = two\njunk\n")
        with mock.patch("builtins.open", m):
            cfg = read_config("/etc/whatever")
        m.assert_called_once_with("/etc/whatever")
        self.assertEqual(cfg, {"a": "1", "b ": " two"})

    @mock.patch("json.loads", return_value={"temp": -5})
    def test_patch_decorator(self, loads):
        self.http.get.return_value = mock.Mock(status=200, body="ignored")
        self.assertEqual(self.client.temperature("x"), -5)
        loads.assert_called_once_with("ignored")

    def test_magic_and_spec(self):
        m = mock.MagicMock()
        m.__len__.return_value = 3
        m.__getitem__.side_effect = lambda k: k * 2
        self.assertEqual((len(m), m[4]), (3, 8))
        spec = mock.create_autospec(WeatherClient, instance=True)
        with self.assertRaises(AttributeError):
            spec.no_such_method()
        spec.temperature("x")
        spec.temperature.assert_called_with("x")
        with self.assertRaises(TypeError):
            spec.temperature()

    def test_assertions(self):
        self.assertIn(3, [1, 2, 3])
        self.assertIsNone(None)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertGreater(5, 3)
        self.assertIsInstance(self.http, mock.Mock)
        with self.assertWarns(DeprecationWarning):
            import warnings
            warnings.warn("old", DeprecationWarning)
        with self.assertLogs("app", level="INFO") as cm:
            import logging
            logging.getLogger("app").info("hello %s", "log")
        self.assertEqual(cm.output, ["INFO:app:hello log"])

    def test_failing_on_purpose(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])


class TestFixtures(unittest.TestCase):
    events = []

    @classmethod
    def setUpClass(cls):
        cls.events.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        cls.events.append("tearDownClass")

    def test_one(self):
        self.addCleanup(self.events.append, "cleanup one")
        self.events.append("one")


stream = io.StringIO()
suite = unittest.TestSuite()
loader = unittest.TestLoader()
suite.addTests(loader.loadTestsFromTestCase(TestWeather))
suite.addTests(loader.loadTestsFromTestCase(TestFixtures))
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print("failures", len(result.failures), "errors", len(result.errors),
      "skipped", len(result.skipped), "expected failures", len(result.expectedFailures), "ok", result.wasSuccessful())
for test, tb in result.failures:
    print("FAILED:", test.id().split(".", 1)[1], "|", tb.strip().splitlines()[-1])
lines = [l for l in stream.getvalue().splitlines() if " ... " in l]
for l in lines:
    print(l)
print(TestFixtures.events)
