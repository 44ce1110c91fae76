"""A test module as people write them: setUpModule, fixtures, mock.patch of time/random/open, subTest,
assertRaises context details; run with a custom result class and unittest.main(exit=False)."""
import io
import random
import sys
import time
import unittest
from unittest import mock

LOG = []

def setUpModule():
    LOG.append("setUpModule")

def tearDownModule():
    LOG.append("tearDownModule")

def roll_dice(n):
    return [random.randint(1, 6) for _ in range(n)]

def read_config(path):
    with open(path) as f:
        return dict(line.strip().split("=", 1) for line in f if "=" in line)

def timestamp():
    return f"t={time.time():.0f}"

class Service:
    def __init__(self, client):
        self.client = client
    def fetch_names(self):
        data = self.client.get("/users")
        return sorted(u["name"] for u in data["users"])

class Tests(unittest.TestCase):
    def test_dice(self):
        with mock.patch("random.randint", side_effect=[6, 1, 3]):
            self.assertEqual(roll_dice(3), [6, 1, 3])
    def test_open(self):
        m = mock.mock_open(read_data="a=1\nb=two\n# comment\n")
        with mock.patch("builtins.open", m):
            self.assertEqual(read_config("x.ini"), {"a": "1", "b": "two"})
        m.assert_called_once_with("x.ini")
    @mock.patch("time.time", return_value=1234.4)
    def test_time(self, fake_time):
        self.assertEqual(timestamp(), "t=1234")
        self.assertEqual(fake_time.call_count, 1)
    def test_service(self):
        client = mock.Mock()
        client.get.return_value = {"users": [{"name": "bo"}, {"name": "al"}]}
        self.assertEqual(Service(client).fetch_names(), ["al", "bo"])
        client.get.assert_called_with("/users")
        self.assertEqual(client.mock_calls, [mock.call.get("/users")])
    def test_spec(self):
        m = mock.create_autospec(Service)
        with self.assertRaises(AttributeError):
            m.not_a_method()
        with self.assertRaises(TypeError):
            m.fetch_names(1, 2, 3)
    def test_raises_details(self):
        with self.assertRaises(ValueError) as cm:
            int("nope")
        self.assertIn("invalid literal", str(cm.exception))
    def test_subtests(self):
        for a, b, expected in [(1, 1, 2), (2, 2, 5), (3, 3, 6), (0, 0, 1)]:
            with self.subTest(a=a, b=b):
                self.assertEqual(a + b, expected)
    def test_property_mock(self):
        with mock.patch.object(Service, "fetch_names", new_callable=mock.PropertyMock, return_value=["x"]):
            self.assertEqual(Service(None).fetch_names, ["x"])
    def test_sentinel_and_any(self):
        m = mock.Mock()
        m(mock.sentinel.token, 5)
        m.assert_called_with(mock.sentinel.token, mock.ANY)
        self.assertIs(mock.sentinel.token, mock.sentinel.token)

class Collecting(unittest.TextTestResult):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.events = []
    def addSuccess(self, test):
        super().addSuccess(test)
        self.events.append(("ok", test._testMethodName))
    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            self.events.append(("subfail", subtest._subDescription()))

stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, resultclass=Collecting, verbosity=0)
prog = unittest.main(argv=["x"], testRunner=runner, exit=False)
res = prog.result
print(res.testsRun, len(res.failures), len(res.errors), res.wasSuccessful())
print(sorted(res.events))
print(LOG)
print(stream.getvalue().splitlines()[-1])
print([line for line in stream.getvalue().splitlines() if line.startswith("FAIL:")])
