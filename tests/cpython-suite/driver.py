"""Runs one CPython regression-test module with unittest and records every test's outcome.

Usage: driver.py TESTS_DIR MODULE OUTFILE
Writes one line per test to OUTFILE ("<status> <test id>", status one of pass, fail, error,
skip, xfail, xpass) and a last line "total <n>". It runs the same way under CPython (the
baseline) and under Isolated, so that the two can be compared test by test.
"""
import sys
import unittest


class RecordingResult(unittest.TestResult):
    def __init__(self, out):
        super().__init__()
        self.out = out
        self.count = 0

    def _record(self, status, test):
        self.count += 1
        self.out.write(f"{status} {test.id()}\n")
        self.out.flush()

    def addSuccess(self, test):
        super().addSuccess(test)
        self._record("pass", test)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._record("fail", test)

    def addError(self, test, err):
        super().addError(test, err)
        # setUpClass/module fixtures fail without a test id of their own.
        self._record("error", test if hasattr(test, "id") else unittest.FunctionTestCase(lambda: None))

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._record("skip", test)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._record("xfail", test)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._record("xpass", test)

    def addSubTest(self, test, subtest, err):
        # A failing subtest fails its test; passing subtests are not counted separately.
        super().addSubTest(test, subtest, err)
        # Recorded under the parent test's id: run.sh keeps the worst outcome per id.
        if err is not None:
            status = "fail" if issubclass(err[0], test.failureException) else "error"
            self._record(status, test)


def main():
    tests_dir, module, outfile = sys.argv[1:4]
    # The 3.11 test package must win over any `test` package of the running Python.
    sys.path.insert(0, tests_dir)
    with open(outfile, "w") as out:
        try:
            suite = unittest.defaultTestLoader.loadTestsFromName("test." + module)
        except BaseException as exc:
            out.write(f"import-error {module} {type(exc).__name__}: {exc}\n")
            out.write("total 0\n")
            raise
        result = RecordingResult(out)
        suite.run(result)
        for test, text in result.errors + result.failures:
            sys.stderr.write(f"=== {test}\n{text}\n")
        out.write(f"total {result.count}\n")


if __name__ == "__main__":
    main()
