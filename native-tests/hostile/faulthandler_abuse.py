# expect: ok
# faulthandler's crash helpers (_sigsegv, _read_null, ...) would kill the host: not offered.
try:
    import faulthandler
except ImportError:
    faulthandler = None
if faulthandler is not None:
    try:
        faulthandler.enable()
        faulthandler.disable()
    except Exception:
        pass
    for name in ('_sigsegv', '_sigabrt', '_sigfpe', '_fatal_error', '_stack_overflow', '_read_null',
                 '_fatal_error_c_thread'):
        assert not hasattr(faulthandler, name), name
