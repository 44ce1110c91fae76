# Application logging as a web backend sets it up: formatters, filters, adapters, file rotation, levels.
import logging
import logging.handlers
import os
import sys
import tempfile


class RequestFilter(logging.Filter):
    def filter(self, record):
        record.request_id = getattr(record, "request_id", "-")
        return not record.getMessage().startswith("healthcheck")


class UpperFormatter(logging.Formatter):
    def format(self, record):
        # The traceback names this file by its full path: keep only its base name (the output is compared).
        s = super().format(record).replace(__file__, os.path.basename(__file__))
        return s.upper() if record.levelno >= logging.ERROR else s


root = logging.getLogger()
for h in root.handlers[:]:
    root.removeHandler(h)
console = logging.StreamHandler(sys.stdout)
console.setFormatter(UpperFormatter("%(levelname)-8s %(name)s [%(request_id)s] %(message)s"))
console.addFilter(RequestFilter())
root.addHandler(console)
root.setLevel(logging.INFO)

log = logging.getLogger("shop.orders")
log.info("service starting, pid %s", "<pid>")
log.debug("not shown: root level is INFO")
log.info("healthcheck ok")
adapter = logging.LoggerAdapter(log, {"request_id": "req-42"})
adapter.warning("order %d has %d items", 1001, 3)
try:
    {}["missing"]
except KeyError:
    adapter.exception("failed to load order")
child = logging.getLogger("shop.orders.payments")
child.setLevel(logging.DEBUG)
child.debug("child logger debug passes its own level")
print(child.getEffectiveLevel(), log.getEffectiveLevel(), child.parent.name, logging.getLevelName(25), logging.getLevelName("WARNING"))
logging.addLevelName(25, "NOTICE")
log.log(25, "custom level")
quiet = logging.getLogger("shop.quiet")
quiet.propagate = False
quiet.error("never printed: no handler and no propagation")
print("has handlers:", quiet.hasHandlers(), log.hasHandlers(), log.isEnabledFor(logging.DEBUG))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "app.log")
    fh = logging.handlers.RotatingFileHandler(path, maxBytes=200, backupCount=2, encoding="utf-8")
    fh.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
    flog = logging.getLogger("rot")
    flog.propagate = False
    flog.addHandler(fh)
    flog.setLevel(logging.INFO)
    for i in range(12):
        flog.info("line %02d %s", i, "x" * 20)
    fh.close()
    files = sorted(os.listdir(d))
    print(files)
    with open(path, encoding="utf-8") as f:
        print(f.read().splitlines())
    mem = logging.handlers.MemoryHandler(capacity=3, flushLevel=logging.ERROR, target=console)
    mlog = logging.getLogger("buffered")
    mlog.propagate = False
    mlog.addHandler(mem)
    mlog.warning("buffered 1")
    print("-- before flush --")
    mlog.error("error flushes the buffer")
    mem.close()
logging.shutdown()
rec = logging.makeLogRecord({"msg": "hello %s", "args": ("world",), "levelno": 20, "levelname": "INFO", "name": "x"})
print(rec.getMessage(), logging.Formatter("%(name)s|%(levelname)s|%(message)s").format(rec))
print(logging.Formatter("{levelname}:{message}", style="{").format(rec), logging.Formatter("$levelname/$message", style="$").format(rec))
