/* The thin vertical slice, in parallel: T threads each create their own interpreter (own GIL),
 * run Python source through the whole pipeline (tokenizer, parser, compiler, VM, objects),
 * read the result back through the C API, and end the interpreter — R rounds each.
 * Every interpreter must compute the same answers and see only its own state.
 *   test_pyrun_threads [threads] [rounds] */
#include <Python.h>
#include <pthread.h>
#include "check.h"

static long rounds;

static const char *program =
    "def fib(n):\n"
    "    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
    "class Counter:\n"
    "    def __init__(self):\n"
    "        self.hits = {}\n"
    "    def add(self, word):\n"
    "        self.hits[word] = self.hits.get(word, 0) + 1\n"
    "c = Counter()\n"
    "for w in 'the quick brown fox jumps over the lazy dog the end'.split():\n"
    "    c.add(w)\n"
    "result = fib(15) * 1000 + c.hits['the'] * 10 + len(c.hits)\n"
    "try:\n"
    "    1 / 0\n"
    "except ZeroDivisionError as e:\n"
    "    caught = str(e)\n";

static void *worker(void *arg)
{
    long tid = (long)arg;
    for (long r = 0; r < rounds; r++) {
        PyInterpreterConfig config = _PyInterpreterConfig_INIT;
        PyThreadState *ts = NULL;
        PyStatus st = Py_NewInterpreterFromConfig(&ts, &config);
        CHECK_MSG(!PyStatus_Exception(st), "thread %ld: %s", tid, st.err_msg ? st.err_msg : "?");

        PyObject *main = PyImport_AddModule("__main__");
        CHECK(main != NULL);
        PyObject *globals = PyModule_GetDict(main);
        /* A value left by the previous round must not be visible: each interpreter is new. */
        CHECK(PyDict_GetItemString(globals, "result") == NULL);
        CHECK(PyRun_SimpleString(program) == 0);

        PyObject *value = PyRun_String("result", Py_eval_input, globals, globals);
        CHECK_MSG(value != NULL, "thread %ld round %ld: eval failed", tid, r);
        CHECK_MSG(PyLong_AsLong(value) == 610 * 1000 + 3 * 10 + 9, "got %ld", PyLong_AsLong(value));
        Py_DECREF(value);
        PyObject *caught = PyDict_GetItemString(globals, "caught");
        CHECK(caught != NULL && strcmp(PyUnicode_AsUTF8(caught), "division by zero") == 0);

        /* An uncaught error comes back as -1 plus a printed traceback, not a crash. */
        PyObject *bad = PyRun_String("undefined_name + 1", Py_eval_input, globals, globals);
        CHECK(bad == NULL && PyErr_ExceptionMatches(PyExc_NameError));
        PyErr_Clear();
        Py_EndInterpreter(ts);
    }
    return NULL;
}

int main(int argc, char **argv)
{
    long threads = arg_count(argc, argv, 1, 4);
    rounds = arg_count(argc, argv, 2, 10);
    Py_Initialize();
    PyThreadState *main_ts = PyEval_SaveThread();
    pthread_t th[64];
    CHECK(threads <= 64);
    for (long i = 0; i < threads; i++)
        CHECK(pthread_create(&th[i], NULL, worker, (void *)i) == 0);
    for (long i = 0; i < threads; i++)
        pthread_join(th[i], NULL);
    PyEval_RestoreThread(main_ts);
    CHECK(PyRun_SimpleString("assert 'result' not in globals()") == 0);
    CHECK(Py_FinalizeEx() == 0);
    printf("pyrun_threads: %ld threads x %ld interpreters ran the program\n", threads, rounds);
    return 0;
}
