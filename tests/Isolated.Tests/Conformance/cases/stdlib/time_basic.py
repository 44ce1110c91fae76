# time: clocks, sleep, conversions in UTC, strftime/strptime, struct_time.
import time

t0 = time.monotonic()
time.sleep(0.01)
print(time.monotonic() - t0 >= 0.009, type(time.time()).__name__, type(time.time_ns()).__name__)
print(time.perf_counter_ns() > 0, time.process_time() >= 0, time.thread_time() >= 0)
g = time.gmtime(1700000000)
print(g)
print(g.tm_year, g[0], g.tm_zone, g.tm_gmtoff, len(g))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %p %I %%", g))
print(time.asctime(g))
print(time.asctime(time.gmtime(0)))
print(time.strftime("%c | %x | %X", time.gmtime(86400 * 365)))
st = time.struct_time((2024, 2, 29, 12, 30, 45, 3, 60, 0))
print(st, st.tm_mday)
for bad in (-1, float("nan")):
    try:
        time.sleep(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    time.strftime("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print("ValueError:", e)
info = time.get_clock_info("monotonic")
print(info.monotonic, info.adjustable)
try:
    time.get_clock_info("nope")
except ValueError as e:
    print("ValueError:", e)
print(time.gmtime(1.9)[5], time.gmtime(-1.5)[5])
