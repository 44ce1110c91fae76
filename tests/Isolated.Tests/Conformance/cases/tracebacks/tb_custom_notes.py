# conformance: stderr
class AppError(Exception):
    pass

e = AppError("top level failure")
e.add_note("while processing item 3")
e.add_note("see the log for details")
raise e
