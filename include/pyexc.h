/* Exception classes of the current interpreter (each interpreter has its own), as in
 * CPython: PyExc_TypeError etc. Used only in expressions, they are function calls here. */
#ifndef Py_PYEXC_H
#define Py_PYEXC_H

#ifdef __cplusplus
extern "C" {
#endif

/* Borrowed reference to the current interpreter's builtin exception class number `which`. */
PyAPI_FUNC(PyObject *) PyIsolated_GetException(int which);

#define PyExc_BaseException PyIsolated_GetException(0)
#define PyExc_BaseExceptionGroup PyIsolated_GetException(1)
#define PyExc_GeneratorExit PyIsolated_GetException(2)
#define PyExc_KeyboardInterrupt PyIsolated_GetException(3)
#define PyExc_SystemExit PyIsolated_GetException(4)
#define PyExc_Exception PyIsolated_GetException(5)
#define PyExc_ArithmeticError PyIsolated_GetException(6)
#define PyExc_FloatingPointError PyIsolated_GetException(7)
#define PyExc_OverflowError PyIsolated_GetException(8)
#define PyExc_ZeroDivisionError PyIsolated_GetException(9)
#define PyExc_AssertionError PyIsolated_GetException(10)
#define PyExc_AttributeError PyIsolated_GetException(11)
#define PyExc_BufferError PyIsolated_GetException(12)
#define PyExc_EOFError PyIsolated_GetException(13)
#define PyExc_ExceptionGroup PyIsolated_GetException(14)
#define PyExc_ImportError PyIsolated_GetException(15)
#define PyExc_ModuleNotFoundError PyIsolated_GetException(16)
#define PyExc_LookupError PyIsolated_GetException(17)
#define PyExc_IndexError PyIsolated_GetException(18)
#define PyExc_KeyError PyIsolated_GetException(19)
#define PyExc_MemoryError PyIsolated_GetException(20)
#define PyExc_NameError PyIsolated_GetException(21)
#define PyExc_UnboundLocalError PyIsolated_GetException(22)
#define PyExc_OSError PyIsolated_GetException(23)
#define PyExc_BlockingIOError PyIsolated_GetException(24)
#define PyExc_ChildProcessError PyIsolated_GetException(25)
#define PyExc_ConnectionError PyIsolated_GetException(26)
#define PyExc_BrokenPipeError PyIsolated_GetException(27)
#define PyExc_ConnectionAbortedError PyIsolated_GetException(28)
#define PyExc_ConnectionRefusedError PyIsolated_GetException(29)
#define PyExc_ConnectionResetError PyIsolated_GetException(30)
#define PyExc_FileExistsError PyIsolated_GetException(31)
#define PyExc_FileNotFoundError PyIsolated_GetException(32)
#define PyExc_InterruptedError PyIsolated_GetException(33)
#define PyExc_IsADirectoryError PyIsolated_GetException(34)
#define PyExc_NotADirectoryError PyIsolated_GetException(35)
#define PyExc_PermissionError PyIsolated_GetException(36)
#define PyExc_ProcessLookupError PyIsolated_GetException(37)
#define PyExc_TimeoutError PyIsolated_GetException(38)
#define PyExc_ReferenceError PyIsolated_GetException(39)
#define PyExc_RuntimeError PyIsolated_GetException(40)
#define PyExc_NotImplementedError PyIsolated_GetException(41)
#define PyExc_RecursionError PyIsolated_GetException(42)
#define PyExc_StopAsyncIteration PyIsolated_GetException(43)
#define PyExc_StopIteration PyIsolated_GetException(44)
#define PyExc_SyntaxError PyIsolated_GetException(45)
#define PyExc_IndentationError PyIsolated_GetException(46)
#define PyExc_TabError PyIsolated_GetException(47)
#define PyExc_SystemError PyIsolated_GetException(48)
#define PyExc_TypeError PyIsolated_GetException(49)
#define PyExc_ValueError PyIsolated_GetException(50)
#define PyExc_UnicodeError PyIsolated_GetException(51)
#define PyExc_UnicodeDecodeError PyIsolated_GetException(52)
#define PyExc_UnicodeEncodeError PyIsolated_GetException(53)
#define PyExc_UnicodeTranslateError PyIsolated_GetException(54)
#define PyExc_Warning PyIsolated_GetException(55)
#define PyExc_BytesWarning PyIsolated_GetException(56)
#define PyExc_DeprecationWarning PyIsolated_GetException(57)
#define PyExc_EncodingWarning PyIsolated_GetException(58)
#define PyExc_FutureWarning PyIsolated_GetException(59)
#define PyExc_ImportWarning PyIsolated_GetException(60)
#define PyExc_PendingDeprecationWarning PyIsolated_GetException(61)
#define PyExc_ResourceWarning PyIsolated_GetException(62)
#define PyExc_RuntimeWarning PyIsolated_GetException(63)
#define PyExc_SyntaxWarning PyIsolated_GetException(64)
#define PyExc_UnicodeWarning PyIsolated_GetException(65)
#define PyExc_UserWarning PyIsolated_GetException(66)
#define PyExc_EnvironmentError PyExc_OSError
#define PyExc_IOError PyExc_OSError

#ifdef __cplusplus
}
#endif

#endif /* !Py_PYEXC_H */
