"""A simulated concurrent crawler: asyncio queue of URLs, worker tasks, semaphores, timeouts, urllib.parse."""
import asyncio
from urllib.parse import urljoin, urlparse

SITE = {
    "http://site/": ["/a", "/b", "http://other/x"],
    "http://site/a": ["/a/1", "/a/2", "/"],
    "http://site/b": ["/slow", "/broken"],
    "http://site/a/1": [],
    "http://site/a/2": ["/a/1"],
    "http://site/slow": [],
}
DELAYS = {"http://site/slow": 0.5}

async def fetch(url):
    await asyncio.sleep(DELAYS.get(url, 0.001))
    if url not in SITE:
        raise LookupError(f"404 {url}")
    return SITE[url]

async def crawl(start, workers=3, timeout=0.1):
    seen = {start}
    results = {}
    q = asyncio.Queue()
    q.put_nowait(start)
    sem = asyncio.Semaphore(2)
    async def worker(n):
        while True:
            url = await q.get()
            try:
                async with sem:
                    links = await asyncio.wait_for(fetch(url), timeout)
                results[url] = "ok"
                for link in links:
                    full = urljoin(url, link)
                    if urlparse(full).netloc == "site" and full not in seen:
                        seen.add(full)
                        q.put_nowait(full)
            except TimeoutError:
                results[url] = "timeout"
            except LookupError as e:
                results[url] = str(e)
            finally:
                q.task_done()
    tasks = [asyncio.create_task(worker(i)) for i in range(workers)]
    await q.join()
    for t in tasks:
        t.cancel()
    gathered = await asyncio.gather(*tasks, return_exceptions=True)
    return results, [type(g).__name__ for g in gathered]

results, ends = asyncio.run(crawl("http://site/"))
for url in sorted(results):
    print(f"{url:22} {results[url]}")
print(ends)

async def ticker(name, n, delay, out):
    for i in range(n):
        out.append((name, i))
        await asyncio.sleep(delay)

async def interleave():
    out = []
    await asyncio.gather(ticker("fast", 4, 0, out), ticker("zero", 3, 0, out))
    return out
print(asyncio.run(interleave()))

async def cancel_cleanup():
    log = []
    async def long_job():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            log.append("cleanup ran")
            raise
        finally:
            log.append("finally ran")
    t = asyncio.create_task(long_job())
    await asyncio.sleep(0.01)
    t.cancel("stop it")
    try:
        await t
    except asyncio.CancelledError as e:
        log.append(f"caller saw cancel {e.args}")
    return log
print(asyncio.run(cancel_cleanup()))
