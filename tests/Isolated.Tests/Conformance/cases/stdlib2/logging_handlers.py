import io
import logging
import sys

logging.basicConfig(format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout, level=logging.DEBUG)
logging.debug("debug %s", "message")
logging.info("info with %d args: %r", 2, "x")
logging.warning("warn")
log = logging.getLogger("app.db")
log.error("failed: %s", {"code": 3})
print(log.parent.name, log.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG))

# a second basicConfig call does nothing
logging.basicConfig(format="IGNORED %(message)s")
logging.info("still the first format")

# custom handler + formatter with fields
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s.%(funcName)s:%(lineno)d %(message)s"))
h.setLevel(logging.WARNING)
app = logging.getLogger("app")
app.addHandler(h)
app.propagate = False

def work():
    app.info("not shown")
    app.warning("shown %s", 1)
    log.critical("from child")

work()
print(buf.getvalue(), end="")

# exceptions
buf2 = io.StringIO()
h2 = logging.StreamHandler(buf2)
h2.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
exc_log = logging.getLogger("exc")
exc_log.addHandler(h2)
exc_log.propagate = False
try:
    1 / 0
except ZeroDivisionError:
    exc_log.exception("boom")
out = buf2.getvalue().splitlines()
print(out[0], out[1], out[-1], sep=" | ")

# filters, LoggerAdapter, levels
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1

buf3 = io.StringIO()
h3 = logging.StreamHandler(buf3)
h3.addFilter(OnlyOdd())
h3.setFormatter(logging.Formatter("%(message)s|%(user)s"))
fl = logging.getLogger("filtered")
fl.addHandler(h3)
fl.propagate = False
adapter = logging.LoggerAdapter(fl, {"user": "ann"})
for i in range(5):
    adapter.warning("n=%d", i)
print(buf3.getvalue().split())
print(logging.getLevelName(logging.WARNING), logging.getLevelName(25), logging.getLevelName("ERROR"))
logging.addLevelName(25, "NOTICE")
logging.log(25, "custom level")
print(logging.getLevelName(25))

# Formatter with style="{" and datefmt
rec = logging.LogRecord("n", logging.INFO, "/x/y.py", 10, "hello %s", ("w",), None)
rec.created = 0
rec.msecs = 0
f = logging.Formatter("{levelname}:{name}:{message}:{asctime}", style="{", datefmt="%Y")
print(f.format(rec).rsplit(":", 1)[0], rec.getMessage(), rec.filename, rec.module)
f2 = logging.Formatter("$levelname $message", style="$")
print(f2.format(rec))
try:
    logging.Formatter("%(x", style="%").format(rec)
except ValueError as e:
    print("ValueError:", e)
logging.getLogger().handlers[0].flush()
print(sorted(logging.getLogger().manager.loggerDict)[:6])
logging.disable(logging.CRITICAL)
logging.critical("disabled")
logging.disable(logging.NOTSET)
logging.error("enabled again")
