#!/usr/bin/env bash
# Tests the isolated WeeChat plugin with weechat-headless (temporary --dir home, commands via -r,
# output checked in the core buffer's log file).
#   hosts/weechat/test.sh PLUGIN.so
# Environment: ISOLATED_STDLIB (default: build/lib/python3.12), RELOADS (default 200),
# MAX_GROWTH_KB (default 20480: RSS growth allowed over RELOADS load/unload cycles after warm-up).
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PLUGIN="${1:?usage: hosts/weechat/test.sh PLUGIN.so}"
export ISOLATED_STDLIB="${ISOLATED_STDLIB:-$ROOT/build/lib/python3.12}"
RELOADS="${RELOADS:-200}"
MAX_GROWTH_KB="${MAX_GROWTH_KB:-20480}"
T="$HERE/tests"
HOME_DIR="$(mktemp -d)"
trap 'rm -rf "$HOME_DIR"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

# Runs weechat-headless on a fresh home with the given ';'-separated commands; the core log is
# left in $LOG.
run_weechat() {
    rm -rf "$HOME_DIR/w"; mkdir -p "$HOME_DIR/w"
    timeout "${2:-60}" weechat-headless --dir "$HOME_DIR/w" -p \
        -r "/set logger.file.flush_delay 0;/plugin load logger;/plugin load $PLUGIN;$1" \
        >/dev/null 2>&1
    LOG="$HOME_DIR/w/logs/core.weechat.weechatlog"
    [[ -f $LOG ]] || { fail "weechat-headless wrote no core log"; LOG=/dev/null; }
}

# 1. Every provided function (tests/api_test.py prints "API <name> ok|FAIL").
run_weechat "/isolated load $T/api_test.py;/isolated list;/isolated info api_test;/wait 1 /isolated unload api_test;/wait 2 /quit"
expected=(register constants prnt_date_tags buffer_search_main current_buffer buffer_search
    buffer_get_string buffer_get_integer buffer_new buffer_set info_get infolist string_match
    string_has_highlight string_remove_color string_mask_to_regex prefix nicklist_add
    nicklist_search_nick nicklist_remove_nick config_plugin config_get getattr hook_signal
    hook_modifier hook_print hook_config hook_command_run hook_command hook_timer shutdown)
for name in "${expected[@]}"; do
    grep -q "API $name ok" "$LOG" && pass "api $name" || fail "api $name"
done
grep -q "API .* FAIL" "$LOG" && fail "api: $(grep 'API .* FAIL' "$LOG")"
grep -q "must-not-print" "$LOG" && fail "unhook: unhooked signal still fired"
grep -q 'api_test 1.0 by tester (GPL3)' "$LOG" && pass "/isolated info" || fail "/isolated info"
grep -q 'script "api_test" unloaded' "$LOG" && pass "/isolated unload" || fail "/isolated unload"

# 2. A callback that raises is reported; the script stays loaded. Autoload from isolated/autoload.
rm -rf "$HOME_DIR/w"; mkdir -p "$HOME_DIR/w/isolated/autoload"; cp "$T/raises.py" "$HOME_DIR/w/isolated/autoload/"
timeout 60 weechat-headless --dir "$HOME_DIR/w" -p \
    -r "/set logger.file.flush_delay 0;/plugin load logger;/plugin load $PLUGIN;/raiseit;/isolated list;/wait 1 /quit" >/dev/null 2>&1
LOG="$HOME_DIR/w/logs/core.weechat.weechatlog"
grep -q 'script "raises" 1.0 loaded' "$LOG" && pass "autoload" || fail "autoload"
grep -q 'error in script "raises" (on_cmd): ValueError: boom from callback' "$LOG" && pass "error reported" || fail "error reported"
grep -q '  raises 1.0: raises in a callback' "$LOG" && pass "script kept after error" || fail "script kept after error"

# 3. Runaway callback: needs the host controls (PyIsolated_SetBudget) in include/isolated.h.
if grep -q PyIsolated_SetBudget "$ROOT/include/isolated.h"; then
    run_weechat "/set plugins.var.isolated.callback_timeout_ms 500;/isolated load $T/ticker.py;/isolated load $T/runaway.py;/wait 1 /spin;/wait 4 /quit"
    grep -q 'script "runaway" ran too long and is stopped' "$LOG" && pass "runaway stopped" || fail "runaway stopped"
    grep -q 'script "runaway" unloaded' "$LOG" && pass "runaway unloaded" || fail "runaway unloaded"
    after=$(sed -n '/ran too long/,$p' "$LOG" | grep -c "TICK")
    ((after >= 3)) && pass "timer keeps firing after runaway ($after ticks)" || fail "timer after runaway ($after ticks)"
else
    echo "SKIP: runaway callback test (PyIsolated_SetBudget not in include/isolated.h yet)"
fi

# 4. Load/unload RELOADS times; RSS after warm-up vs after the cycles.
cycles() { local c=""; for ((i = 0; i < $1; i++)); do c+="/isolated load $T/ticker.py;/isolated unload ticker;"; done; echo "$c"; }
rm -rf "$HOME_DIR/w"; mkdir -p "$HOME_DIR/w"
timeout 600 weechat-headless --dir "$HOME_DIR/w" -p \
    -r "/set logger.file.flush_delay 0;/plugin load logger;/plugin load $PLUGIN;$(cycles 20)/print WARMUP-DONE;/wait 3 /print MEASURE-1;/wait 4 $(cycles "$RELOADS")/print CYCLES-DONE" >/dev/null 2>&1 &
pid=$!
# RSS of weechat itself, the child of timeout.
wpid=""; for ((i = 0; i < 50; i++)); do sleep 0.1; wpid=$(pgrep -P "$pid" | head -1); [[ -n $wpid ]] && break; done
LOG="$HOME_DIR/w/logs/core.weechat.weechatlog"
wait_for() { for ((i = 0; i < 1200; i++)); do grep -q "$1" "$LOG" 2>/dev/null && return 0; sleep 0.5; done; return 1; }
rss() { awk '/VmRSS/ {print $2}' "/proc/$wpid/status"; }
if wait_for MEASURE-1; then
    before=$(rss)
    if wait_for CYCLES-DONE; then
        sleep 1; after=$(rss)
        loaded=$(grep -c 'script "ticker" 1.0 loaded' "$LOG")
        growth=$((after - before))
        echo "memory: RSS ${before} kB -> ${after} kB after $RELOADS load/unload cycles (growth ${growth} kB, $loaded loads)"
        ((loaded == RELOADS + 20)) && pass "reload cycles" || fail "reload cycles ($loaded loads)"
        ((growth <= MAX_GROWTH_KB)) && pass "no memory growth" || fail "memory grew by ${growth} kB"
    else fail "reload cycles did not finish"; fi
else fail "reload warm-up did not finish"; fi
kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null

((failures == 0)) && echo "weechat host: all tests passed" || echo "weechat host: $failures failure(s)"
exit $((failures > 0))
