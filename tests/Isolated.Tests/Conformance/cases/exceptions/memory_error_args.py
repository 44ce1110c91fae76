# MemoryError raised by the runtime has no arguments (PyErr_NoMemory): repr MemoryError(), str ''.
# One made by Python code keeps what it was given.
print(repr(MemoryError('')), repr(MemoryError()), repr(MemoryError('out', 1)))

def attempt(label, make):
    try:
        make()
    except MemoryError as e:
        print(label, repr(e), e.args, repr(str(e)))
    except OverflowError as e:
        print(label, 'OverflowError', e)

attempt('list repeat', lambda: [0] * (2 ** 62))
attempt('tuple repeat', lambda: (0, 1) * (2 ** 61))
attempt('bytes repeat', lambda: b'x' * (2 ** 62))
attempt('bytearray', lambda: bytearray(2 ** 62))
