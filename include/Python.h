/* Isolated: a CPython-compatible C API over fully isolated interpreters.
 * Source-compatible with CPython's Limited API where implemented; see include/README.md. */
#ifndef Py_PYTHON_H
#define Py_PYTHON_H

/* The C library headers CPython's Python.h includes: extension code relies on them. */
#include <assert.h>
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

#include "patchlevel.h"
#include "pyport.h"
#include "pymacro.h"
#include "object.h"
#include "pymem.h"
#include "objimpl.h"
#include "pyexc.h"
#include "pyerrors.h"
#include "abstract.h"
#include "longobject.h"
#include "unicodeobject.h"
#include "tupleobject.h"
#include "dictobject.h"
#include "floatobject.h"
#include "listobject.h"
#include "bytesobject.h"
#include "bytearrayobject.h"
#include "pystate.h"
#include "pyframe.h"
#include "pythread.h"
#include "ceval.h"
#include "pylifecycle.h"
#include "pythonrun.h"
#include "import.h"
#include "sysmodule.h"
#include "warnings.h"
#include "methodobject.h"
#include "moduleobject.h"
#include "typeobject.h"
#include "descrobject.h"
#include "sliceobject.h"
#include "setobject.h"
#include "weakrefobject.h"
#include "iterobject.h"
#include "structseq.h"
#include "pycapsule.h"
#include "modsupport.h"
#include "pyvarargs.h"
#include "codecs.h"
#include "fileobject.h"
#include "pyos.h"
#include "isolated.h"

#endif /* !Py_PYTHON_H */
