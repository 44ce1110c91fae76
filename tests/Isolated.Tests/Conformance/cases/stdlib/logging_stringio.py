# logging to a StringIO: handlers, formatters, levels, filters, hierarchy, exceptions, LoggerAdapter.
import io
import logging


stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)-8s %(name)s: %(message)s"))
root = logging.getLogger("app")
root.setLevel(logging.DEBUG)
root.addHandler(handler)
root.propagate = False

root.debug("debug %d", 1)
root.info("info %s", "two")
root.warning("warn %r", [3])
root.error("error")
root.critical("critical %(a)s", {"a": "mapping"})

db = logging.getLogger("app.db")
db.setLevel(logging.WARNING)
db.info("not shown")
db.warning("db warning")
print(db.parent.name, db.getEffectiveLevel(), root.getEffectiveLevel(), db.isEnabledFor(logging.INFO))


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 1


f = OnlyOdd()
root.addFilter(f)
for i in range(4):
    root.info("number %d", i)
root.removeFilter(f)

try:
    1 / 0
except ZeroDivisionError:
    root.exception("failed to divide")

adapter = logging.LoggerAdapter(root, {"user": "ann"})
handler.setFormatter(logging.Formatter("[%(user)s] %(message)s"))
adapter.info("with context")
handler.setFormatter(logging.Formatter("%(levelno)s|%(funcName)s|%(module)s|%(message)s"))


def inner():
    root.warning("from inner")


inner()
handler.setFormatter(logging.Formatter("{levelname}:{message}", style="{"))
root.info("brace style")
handler.setFormatter(logging.Formatter("$levelname/$message", style="$"))
root.info("dollar style")

text = stream.getvalue()
for line in text.splitlines():
    if line.startswith("  File"):
        line = "  File <...>"
    print(line)

print(logging.getLevelName(logging.WARNING), logging.getLevelName(35), logging.getLevelName("INFO"))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25))
print(logging.getLogger("app") is root, logging.getLogger().name, logging.root.level)
rec = logging.LogRecord("n", logging.INFO, "p.py", 10, "msg %s", ("x",), None)
print(rec.getMessage(), rec.levelname, rec.lineno)
buf = io.StringIO()
h2 = logging.StreamHandler(buf)
h2.setLevel(logging.ERROR)
h2.setFormatter(logging.Formatter("%(message)s"))
other = logging.getLogger("other")
other.addHandler(h2)
other.setLevel(logging.INFO)
other.propagate = False
other.info("dropped by handler")
other.error("kept")
print(repr(buf.getvalue()))
print(repr(logging.Formatter("%(message)s").format(rec)))
