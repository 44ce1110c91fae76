# expect: ok
# valgrind: run
# Sizes whose byte count overflows 64 bits: MemoryError or OverflowError, never a crash.
for make in (lambda n: 'xy' * n, lambda n: b'xy' * n, lambda n: [1, 2] * n, lambda n: (1, 2) * n,
             lambda n: bytearray(b'xy') * n, lambda n: 'ab'.center(n), lambda n: 'ab'.ljust(n),
             lambda n: 'ab'.zfill(n), lambda n: 'a\tb'.expandtabs(n), lambda n: '%*d' % (n, 1),
             lambda n: f'{1:{n}}', lambda n: bytes(n), lambda n: bytearray(n), lambda n: [None] * n,
             lambda n: 'x'.replace('', 'y' * n), lambda n: b'x'.ljust(n)):
    for n in (2**31, 2**32 + 1, 2**62, 2**63 - 1):
        try:
            make(n)
        except (MemoryError, OverflowError, ValueError):
            pass
        else:
            raise AssertionError((make, n))
