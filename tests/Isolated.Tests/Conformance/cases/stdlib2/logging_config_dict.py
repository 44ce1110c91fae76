import io
import logging
import logging.config
import logging.handlers
import sys

config = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "brief": {"format": "%(levelname)s %(name)s: %(message)s"},
        "detailed": {"format": "[%(levelname)s|%(module)s|L%(lineno)d] %(message)s"},
    },
    "filters": {"no_secrets": {"()": "__main__.NoSecrets"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "brief", "stream": "ext://sys.stdout", "level": "INFO"},
        "detail": {"class": "logging.StreamHandler", "formatter": "detailed", "stream": "ext://sys.stdout",
                   "level": "DEBUG", "filters": ["no_secrets"]},
    },
    "loggers": {
        "app": {"handlers": ["console"], "level": "DEBUG", "propagate": False},
        "app.db": {"handlers": ["detail"], "level": "DEBUG"},
    },
    "root": {"level": "WARNING", "handlers": []},
}

class NoSecrets(logging.Filter):
    def filter(self, record):
        return "password" not in record.getMessage()

logging.config.dictConfig(config)
app = logging.getLogger("app")
db = logging.getLogger("app.db")
app.debug("debug hidden by handler level")
app.info("starting %s", "up")
db.debug("query took %dms", 12)
db.info("password=hunter2")
db.warning("slow")
print(app.level, db.getEffectiveLevel(), [h.name for h in app.handlers], db.propagate)

mem_target = logging.StreamHandler(sys.stdout)
mem_target.setFormatter(logging.Formatter("flushed: %(message)s"))
mem = logging.handlers.MemoryHandler(capacity=3, flushLevel=logging.ERROR, target=mem_target)
buffered = logging.getLogger("buffered")
buffered.addHandler(mem)
buffered.propagate = False
buffered.setLevel(logging.DEBUG)
buffered.info("one")
buffered.info("two")
print("nothing flushed yet")
buffered.error("three triggers flush")
mem.close()

q_records = []
import queue
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
ql = logging.getLogger("queued")
ql.addHandler(qh)
ql.propagate = False
ql.warning("via queue %d", 1)
rec = q.get_nowait()
print(rec.getMessage(), rec.levelname, rec.msg, rec.args)
listener_out = io.StringIO()
sh = logging.StreamHandler(listener_out)
sh.setFormatter(logging.Formatter("%(name)s>%(message)s"))
listener = logging.handlers.QueueListener(q, sh)
listener.start()
ql.error("handled by listener")
listener.stop()
print(repr(listener_out.getvalue()))

class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
    def emit(self, record):
        self.records.append(self.format(record))
lh = ListHandler()
lh.setFormatter(logging.Formatter("%(levelno)d:%(message)s:%(custom)s"))
cl = logging.getLogger("custom")
cl.addHandler(lh)
cl.propagate = False
cl.warning("extra field", extra={"custom": "X"})
try:
    cl.warning("bad args %d", "notanumber")
except Exception:
    print("raised")
print(lh.records)
old_factory = logging.getLogRecordFactory()
def factory(*args, **kwargs):
    record = old_factory(*args, **kwargs)
    record.custom = "from-factory"
    return record
logging.setLogRecordFactory(factory)
cl.error("factory %s", "used")
logging.setLogRecordFactory(old_factory)
print(lh.records[-1])
logging.config.fileConfig if False else None
print(logging.getLogger("app.db.sub").parent.name, logging.root.level, logging.getLogger() is logging.root)
logging.shutdown()
