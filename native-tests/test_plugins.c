/* A plugin host that knows nothing about Python: it dlopen()s two plugins (plugin_a.so and
 * plugin_b.so, each linking libisolated and owning one interpreter), starts both, runs both,
 * stops them in reverse order and dlclose()s them — 100 times. The runtime is loaded and
 * initialised through the first plugin, finalised when it stops, and re-initialised on the
 * next load; libisolated.so is NODELETE, so unloading a plugin never unmaps it.
 * Usage: test_plugins <plugin dir> [cycles]   (default 100) */
#include <dlfcn.h>
#include <stdio.h>
#include "check.h"

typedef int (*start_fn)(void);
typedef long long (*run_fn)(void);
typedef int (*stop_fn)(void);

struct plugin {
    const char *file;
    void *handle;
    start_fn start;
    run_fn run;
    stop_fn stop;
};

static void load(struct plugin *p, const char *dir)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, p->file);
    p->handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    CHECK_MSG(p->handle != NULL, "dlopen(%s): %s", path, dlerror());
    p->start = (start_fn)dlsym(p->handle, "plugin_start");
    p->run = (run_fn)dlsym(p->handle, "plugin_run");
    p->stop = (stop_fn)dlsym(p->handle, "plugin_stop");
    CHECK_MSG(p->start && p->run && p->stop, "%s lacks plugin_* symbols", path);
}

int main(int argc, char **argv)
{
    CHECK_MSG(argc >= 2, "usage: %s <plugin dir> [cycles]", argv[0]);
    const char *dir = argv[1];
    long cycles = arg_count(argc, argv, 2, 100);
    struct plugin a = {.file = "plugin_a.so"}, b = {.file = "plugin_b.so"};

    for (long i = 0; i < cycles; i++) {
        load(&a, dir);
        load(&b, dir);
        CHECK(a.handle != b.handle); /* two distinct objects */
        CHECK_MSG(a.start() == 0, "cycle %ld: plugin_a start", i);
        CHECK_MSG(b.start() == 0, "cycle %ld: plugin_b start", i);
        long long ida = a.run(), idb = b.run();
        CHECK_MSG(ida > 0 && idb > 0 && ida != idb, "cycle %ld: interpreter ids %lld, %lld", i, ida, idb);
        CHECK(a.run() == ida && b.run() == idb);
        CHECK_MSG(b.stop() == 0, "cycle %ld: plugin_b stop", i);
        CHECK_MSG(a.stop() == 0, "cycle %ld: plugin_a stop", i);
        CHECK(dlclose(b.handle) == 0);
        CHECK(dlclose(a.handle) == 0);
    }
    printf("test_plugins: %ld load/start/run/stop/unload cycles of 2 plugins OK\n", cycles);
    return 0;
}
