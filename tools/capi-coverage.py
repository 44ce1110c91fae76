#!/usr/bin/env python3
"""Writes include/README.md's table: how much of CPython 3.12's Limited API this C API covers.

For every name in include/limited-api-3.12.txt it records
  header:   declared as a function by include/Python.h (or isolated.h), a macro there, or absent
  exported: defined by src/Isolated.CApi (an [UnmanagedCallersOnly(EntryPoint = "...")] export or
            a function defined in capi/*.c); cross-checked with build/lib/libisolated.so's dynamic
            symbols when that library is built
  tested:   the name is used (outside comments) by a C test in native-tests/

  tools/capi-coverage.py            rewrite include/README.md and print the figures
  tools/capi-coverage.py --check    exit 1 when include/README.md is not what it would write
"""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIST = os.path.join(ROOT, "include", "limited-api-3.12.txt")
README = os.path.join(ROOT, "include", "README.md")
LIBRARY = os.path.join(ROOT, "build", "lib", "libisolated.so")

# Names in the list that do not apply to this runtime, each with why.
EXCLUDED_PREFIX_REASON = (
    "_Py",
    "private helpers that CPython's own header macros call (Py_DECREF, PyObject_New, "
    "Py_BuildValue with PY_SSIZE_T_CLEAN...); they are in the stable ABI only so extensions "
    "built against CPython's headers keep linking. Extensions are compiled against include/ "
    "here, whose macros call public functions instead",
)

# Single names that cannot apply to this runtime, each with why.
# Data symbols of the list that include/ does not provide yet, with what stands in the way.
DATA_NOT_PROVIDED = {
    "PyModuleDef_Type": "a PyModuleDef is not a Python object here: PyModuleDef_Init marks the definition by "
                        "pointing its ob_type at itself, so there is no type to name",
    "PyOS_InputHook": "readline's event-loop hook: there is no interactive readline here that would call it",
    "PyStructSequence_UnnamedField": "PyStructSequence_NewType's marker for unnamed fields; unnamed fields "
                                     "are not supported yet",
    "Py_FileSystemDefaultEncoding": "deprecated in 3.12 (sys.getfilesystemencoding()); would be the constant 'utf-8'",
    "Py_FileSystemDefaultEncodeErrors": "deprecated in 3.12 (sys.getfilesystemencodeerrors()); would be the constant 'surrogateescape'",
    "Py_HasFileSystemDefaultEncoding": "deprecated in 3.12; would be the constant 1",
    "Py_UTF8Mode": "deprecated in 3.12 (sys.flags.utf8_mode); would be the constant 1 (UTF-8 mode is on)",
}

EXCLUDED_NAMES = {
    name: "fork() in a .NET process: the child has only the forking thread (no GC, finalizer or "
          "thread-pool threads), so the runtime cannot run there, and `os.fork` raises for the same "
          "reason; CPython's hooks around fork() (taking and resetting the interpreter's locks) "
          "have nothing sound to do. C code that forks must exec at once (or use posix_spawn)"
    for name in ("PyOS_BeforeFork", "PyOS_AfterFork", "PyOS_AfterFork_Parent", "PyOS_AfterFork_Child")
}

# The documentation examples in native-tests/docs/ (see "CPython's documented examples").
DOC_EXAMPLES = [
    ("spam", "the spam module: `spam.system` with `PyArg_ParseTuple`, `spam.error` from `PyErr_NewException` "
             "and `PyModule_AddObjectRef`, through `PyImport_AppendInittab`"),
    ("keywdarg", "`keywdarg.parrot` with `PyArg_ParseTupleAndKeywords` and a keyword list, bad calls included"),
    ("buildvalue", "every row of `Py_BuildValue`'s examples table, and the other format units"),
    ("fromformat", "`PyUnicode_FromFormat`'s format characters, widths and precisions; `PyErr_Format`"),
    ("embed_simple", "Very High Level Embedding: `Py_Initialize`, `PyRun_SimpleString`, `Py_FinalizeEx`"),
    ("embed_call", "Pure Embedding: `call multiply multiply 3 2` (`PyImport_Import` through PYTHONPATH, "
                   "`PyObject_CallObject`)"),
    ("embed_emb", "Extending Embedded Python: an `emb` module with `numargs` from `PyImport_AppendInittab`"),
    ("custom_heap", "the Defining Extension Types tutorial's custom, custom2 (members, `tp_new`, `tp_init`, "
                    "`tp_dealloc`), custom3 (getsets; multi-phase module) and custom4 (GC: `tp_traverse`, "
                    "`tp_clear`, cycles collected) as heap types (`PyType_FromSpec`, `PyType_FromModuleAndSpec`)"),
    ("sublist_heap", "the tutorial's SubList deriving from `list`, as a heap type with type data "
                     "(`PyType_FromSpecWithBases`, negative basicsize, `PyObject_GetTypeData`)"),
]
DOC_EXCLUSIONS = [
    ("the tutorial's static `PyTypeObject` forms (custom..custom4 and SubList with `PyVarObject_HEAD_INIT`, "
     "`tp_*` fields, `tp_base = &PyList_Type`, `PyType_Ready`)",
     "`PyTypeObject` is opaque here, as under the Limited API: a type's `PyTypeObject*` points to a "
     "32-byte bridge header `{ob_refcnt, ob_type, handle, flags}`, not to CPython's struct, and the "
     "builtin types are per-interpreter objects reached through calls (`&PyList_Type` is not a constant "
     "expression). A static type is one struct shared by every interpreter of the process, which "
     "isolated interpreters cannot share; the heap-type forms of the same examples work"),
    ("`Py_SetProgramName`-style pre-3.12 configuration in the examples",
     "kept (deprecated in CPython 3.12, as there); the `PyConfig` API of 3.12's embedding examples is not provided"),
]

IDENT = re.compile(r"[A-Za-z_]\w*")
COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)


def read_list():
    entries = []
    with open(LIST) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            fields = line.split()
            if len(fields) != 2 or fields[0] not in ("function", "data"):
                sys.exit(f"{LIST}: expected 'function NAME' or 'data NAME', got {line!r}")
            kind, name = fields
            entries.append((kind, name))
    return entries


def preprocess(args):
    headers = [h for h in ("Python.h", "isolated.h") if os.path.exists(os.path.join(ROOT, "include", h))]
    source = "".join(f"#include <{h}>\n" for h in headers)
    return subprocess.run(["cc", "-E", "-P", *args, "-x", "c", "-I", os.path.join(ROOT, "include"), "-"],
                          input=source, capture_output=True, text=True, check=True).stdout


def header_names():
    text = preprocess([])
    declared = set(IDENT.findall(text))
    inline = set(re.findall(r"static\s+inline\b[^;{}()]*?\b([A-Za-z_]\w*)\s*\(", text))
    macros = set()
    for line in preprocess(["-dM"]).splitlines():
        m = re.match(r"#define ([A-Za-z_]\w*)", line)
        if m:
            macros.add(m.group(1))
    return declared, inline, macros


def source_exports():
    exported = set()
    capi = os.path.join(ROOT, "src", "Isolated.CApi")
    for dirpath, _, files in os.walk(capi):
        if os.sep + "obj" in dirpath or os.sep + "bin" in dirpath:
            continue
        for name in files:
            path = os.path.join(dirpath, name)
            if name.endswith(".cs"):
                with open(path) as f:
                    exported.update(re.findall(r'EntryPoint\s*=\s*"(\w+)"', f.read()))
            elif name.endswith(".c"):
                with open(path) as f:
                    text = COMMENT.sub(" ", f.read())
                # A function definition at the start of a line, not static: "type name(args) {"
                for m in re.finditer(r"^(?!static\b)[A-Za-z_][\w \t\*]*?\b([A-Za-z_]\w*)\s*\(([^;{}]*)\)\s*\{",
                                     text, re.M):
                    exported.add(m.group(1))
    return exported


def library_exports():
    if not os.path.exists(LIBRARY):
        return None
    out = subprocess.run(["nm", "-D", "--defined-only", LIBRARY], capture_output=True, text=True, check=True).stdout
    # Names carry a version suffix (PyDict_New@@V1.0) since the library has a version script.
    return {line.split()[-1].split("@")[0] for line in out.splitlines() if line.strip()}


def tested_names():
    used = set()
    tests = os.path.join(ROOT, "native-tests")
    for name in sorted(os.listdir(tests)):
        if name.endswith((".c", ".h")):
            with open(os.path.join(tests, name)) as f:
                used.update(IDENT.findall(COMMENT.sub(" ", f.read())))
    return used


def group_of(name):
    m = re.match(r"(_?Py[A-Za-z]*_|Py_)", name)
    return m.group(1) if m else name


def build():
    entries = read_list()
    declared, inline, macros = header_names()
    exported = source_exports()
    used = tested_names()

    rows = []  # (name, header, exported, tested, complete)
    excluded = []
    excluded_named = []
    data = []
    for kind, name in entries:
        if name.startswith(EXCLUDED_PREFIX_REASON[0]):
            excluded.append((kind, name))
            continue
        if name in EXCLUDED_NAMES:
            excluded_named.append(name)
            continue
        if kind == "data":
            data.append((name, name in macros, name in used))
            continue
        if name in inline:
            header = "inline"  # a static inline function: source compatible, nothing to export
        elif name in declared:
            header = "function"
        else:
            header = "macro" if name in macros else ""
        exp = name in exported
        tested = name in used
        complete = tested and ((header == "function" and exp) or header in ("macro", "inline"))
        rows.append((name, header, exp, tested, complete))

    applicable = len(rows)
    done = sum(1 for r in rows if r[4])
    declared_count = sum(1 for r in rows if r[1])
    exported_count = sum(1 for r in rows if r[2])
    data_done = sum(1 for d in data if d[1])
    percent = 100.0 * done / applicable if applicable else 0.0

    groups = {}
    for r in rows:
        g = groups.setdefault(group_of(r[0]), [0, 0, []])
        g[0] += 1
        if r[4]:
            g[1] += 1
        else:
            g[2].append(r[0])

    out = []
    w = out.append
    w("# C API coverage of CPython 3.12's Limited API")
    w("")
    w("Written by `tools/capi-coverage.py` (do not edit by hand; `tools/capi-coverage.py --check` fails when")
    w("this file is stale). The list of names is `limited-api-3.12.txt` (how it was made is in its header).")
    w("")
    w("A function counts as **complete** when include/ declares it and src/Isolated.CApi exports it (or")
    w("include/ provides it as a macro or static inline function) **and** a C test in native-tests/ uses it. \"Exported\" is read from")
    w("the sources; the ABI xunit test checks that the built library exports exactly what the headers declare.")
    w("")
    w(f"- Applicable functions: {applicable} (of {len([e for e in entries if e[0] == 'function'])} in the list)")
    w(f"- In include/ (declared, static inline or macro): {declared_count} ({100.0 * declared_count / applicable:.1f}%)")
    w(f"- Exported: {exported_count} ({100.0 * exported_count / applicable:.1f}%)")
    w(f"- **Complete (declared, exported, tested): {done} ({percent:.1f}%)**")
    w(f"- Data symbols: {data_done} of {len(data)} provided, as macros: types, exceptions and singletons are")
    w("  per interpreter here, so `PyExc_TypeError`, `PyLong_Type`, ... are lookups in the current")
    w("  interpreter, not exported variables (source compatible, not binary compatible)")
    w("")
    w("## By group")
    w("")
    w("| Group | Complete | Of | Missing or untested |")
    w("|---|---:|---:|---|")
    for g in sorted(groups, key=lambda k: (-(groups[k][0] - groups[k][1]), k)):
        total, ok, missing = groups[g]
        w(f"| `{g}` | {ok} | {total} | {', '.join(missing) if missing else ''} |")
    w("")
    w("## Excluded")
    w("")
    w(f"- {len(excluded)} names starting `_Py`: {EXCLUDED_PREFIX_REASON[1]}.")
    w("  (" + ", ".join(n for _, n in excluded) + ")")
    reasons = {}
    for name in excluded_named:
        reasons.setdefault(EXCLUDED_NAMES[name], []).append(name)
    for why, names in reasons.items():
        w(f"- {', '.join(names)}: {why}.")
    w("- Not in the list at all: Windows-only entries of the stable ABI (`MS_WINDOWS`: PyErr_SetFromWindowsErr*,")
    w("  PyUnicode_DecodeMBCS*, PyUnicode_EncodeCodePage, PyExc_WindowsError; `USE_STACKCHECK`: PyOS_CheckStack),")
    w("  debug-build entries (`Py_REF_DEBUG`: _Py_RefTotal, _Py_NegativeRefcount) and abi_only entries that")
    w("  CPython's headers no longer declare (kept for old binaries only).")
    w("")
    w("## CPython's documented examples")
    w("")
    w("Our own versions of the examples of the \"Extending and Embedding\" tutorial and the C API reference")
    w("(`native-tests/docs/`), each compiled against include/ with `-Wall -Wextra -Werror` and its output")
    w("compared with what the same file prints against CPython 3.12 (`<name>.expected`, `docs/regen.sh`),")
    w("plain and under valgrind (CTest `doc.<name>`, `valgrind.doc.<name>`):")
    w("")
    for name, what in DOC_EXAMPLES:
        w(f"- `{name}`: {what}")
    w("")
    w("Not source compatible (excluded):")
    w("")
    for what, why in DOC_EXCLUSIONS:
        w(f"- {what}: {why}")
    w("")
    w("## Data symbols")
    w("")
    missing_data = [name for name, provided, _ in data if not provided]
    if missing_data:
        w("Not provided (open):")
        w("")
        for name in missing_data:
            w(f"- `{name}`: {DATA_NOT_PROVIDED.get(name, 'not provided yet')}")
        w("")
    w("| Name | Provided | Tested |")
    w("|---|---|---|")
    for name, provided, tested in data:
        w(f"| `{name}` | {'macro' if provided else ''} | {'yes' if tested else ''} |")
    w("")
    w("## Functions")
    w("")
    w("| Function | Header | Exported | Tested |")
    w("|---|---|---|---|")
    for name, header, exp, tested, _ in rows:
        w(f"| `{name}` | {header} | {'yes' if exp else ''} | {'yes' if tested else ''} |")
    w("")
    text = "\n".join(out)

    summary = (f"C API coverage of the 3.12 Limited API: {done}/{applicable} functions complete ({percent:.1f}%), "
               f"{declared_count} in include/, {exported_count} exported; {data_done}/{len(data)} data symbols as macros")

    lib = library_exports()
    warnings = []
    if lib is not None:
        for name, header, exp, _, _ in rows:
            if exp != (name in lib):
                warnings.append(f"warning: {name}: exported by the sources {exp}, by {LIBRARY} {name in lib}")
    return text, summary, warnings


def main():
    text, summary, warnings = build()
    for line in warnings:
        print(line, file=sys.stderr)
    if "--check" in sys.argv[1:]:
        current = open(README).read() if os.path.exists(README) else ""
        if current != text:
            print("include/README.md is stale: run tools/capi-coverage.py", file=sys.stderr)
            print(summary)
            return 1
        print(summary)
        return 0
    with open(README, "w") as f:
        f.write(text)
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
