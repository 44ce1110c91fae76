# Exercises the weechat module's functions; every check prints "API <name> ok" or "API <name> FAIL".
import weechat

def check(name, condition):
    weechat.prnt("", "API %s %s" % (name, "ok" if condition else "FAIL"))

check("register", weechat.register("api_test", "tester", "1.0", "GPL3", "API test", "on_shutdown", "") == 1)
check("constants", weechat.WEECHAT_RC_OK == 0 and weechat.WEECHAT_RC_ERROR == -1 and weechat.WEECHAT_RC_OK_EAT == 1)
weechat.prnt_date_tags("", 0, "tag1,tag2", "API prnt_date_tags ok")
core = weechat.buffer_search_main()
check("buffer_search_main", core.startswith("0x"))
check("current_buffer", weechat.current_buffer() == core)
check("buffer_search", weechat.buffer_search("core", "weechat") == core)
check("buffer_get_string", weechat.buffer_get_string(core, "name") == "weechat")
check("buffer_get_integer", weechat.buffer_get_integer(core, "number") == 1)
buf = weechat.buffer_new("apitest", "", "", "", "")
check("buffer_new", buf.startswith("0x"))
weechat.buffer_set(buf, "title", "the title")
check("buffer_set", weechat.buffer_get_string(buf, "title") == "the title")
check("info_get", weechat.info_get("version", "") != "")
il = weechat.infolist_get("buffer", "", "")
names = []
while weechat.infolist_next(il):
    names.append(weechat.infolist_string(il, "name"))
    weechat.infolist_integer(il, "number")
weechat.infolist_free(il)
check("infolist", "weechat" in names and "apitest" in names)
check("string_match", weechat.string_match("abcdef", "abc*", 0) == 1)
check("string_has_highlight", weechat.string_has_highlight("my test here", "test") == 1)
check("string_remove_color", weechat.string_remove_color(weechat.color("red") + "x", "") == "x")
check("string_mask_to_regex", weechat.string_mask_to_regex("a*") != "")
check("prefix", isinstance(weechat.prefix("error"), str))
g = weechat.nicklist_add_group(buf, "", "grp", "", 1)
n = weechat.nicklist_add_nick(buf, g, "alice", "", "@", "", 1)
check("nicklist_add", g.startswith("0x") and n.startswith("0x"))
check("nicklist_search_nick", weechat.nicklist_search_nick(buf, "", "alice") == n)
weechat.nicklist_remove_nick(buf, n)
check("nicklist_remove_nick", weechat.nicklist_search_nick(buf, "", "alice") == "")
weechat.nicklist_remove_all(buf)
weechat.config_set_plugin("opt", "v1")
check("config_plugin", weechat.config_get_plugin("opt") == "v1" and weechat.config_is_set_plugin("opt") == 1)
weechat.config_set_desc_plugin("opt", "an option")
check("config_get", weechat.config_string(weechat.config_get("weechat.look.buffer_time_format")) != "")
try:
    weechat.no_such_function
    check("getattr", False)
except AttributeError as e:
    check("getattr", "no_such_function" in str(e))

def on_cmd(data, buffer, args):
    weechat.prnt("", "API hook_command ok data=%s args=%s" % (data, args))
    return weechat.WEECHAT_RC_OK
weechat.hook_command("apitest", "d", "", "", "", "on_cmd", "D1")

def on_run(data, buffer, command):
    weechat.prnt("", "API hook_command_run ok %s" % command)
    return weechat.WEECHAT_RC_OK
weechat.hook_command_run("/apitest*", "on_run", "")

def on_signal(data, signal, signal_data):
    weechat.prnt("", "API hook_signal ok %s %s" % (signal, signal_data))
    return weechat.WEECHAT_RC_OK
weechat.hook_signal("apitest_sig", "on_signal", "")
weechat.hook_signal_send("apitest_sig", weechat.WEECHAT_HOOK_SIGNAL_STRING, "payload")

def on_modifier(data, modifier, modifier_data, string):
    return string.upper()
weechat.hook_modifier("apitest_mod", "on_modifier", "")
check("hook_modifier", weechat.hook_modifier_exec("apitest_mod", "", "abc") == "ABC")

def on_print(data, buffer, date, tags, displayed, highlight, prefix, message):
    if message == "printed-for-hook":
        weechat.prnt("", "API hook_print ok")
    return weechat.WEECHAT_RC_OK
weechat.hook_print("", "", "printed-for-hook", 0, "on_print", "")
weechat.prnt("", "printed-for-hook")

def on_config(data, option, value):
    weechat.prnt("", "API hook_config ok %s=%s" % (option, value))
    return weechat.WEECHAT_RC_OK
weechat.hook_config("plugins.var.isolated.api_test.watched", "on_config", "")
weechat.config_set_plugin("watched", "w")

def on_timer(data, remaining):
    weechat.prnt("", "API hook_timer ok %s" % data)
    return weechat.WEECHAT_RC_OK
t = weechat.hook_timer(10, 0, 1, "on_timer", "T")
h = weechat.hook_signal("apitest_gone", "on_signal", "")
weechat.unhook(h)
weechat.hook_signal_send("apitest_gone", weechat.WEECHAT_HOOK_SIGNAL_STRING, "must-not-print")
weechat.command("", "/apitest hello")

def on_shutdown():
    weechat.prnt("", "API shutdown ok")
    return weechat.WEECHAT_RC_OK
