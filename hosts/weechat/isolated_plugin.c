/* WeeChat plugin "isolated": runs *.py scripts with libisolated.so, each script in its own
 * interpreter (own GIL, own modules). The `weechat` module is a multi-phase extension module
 * whose per-interpreter state points at the script that owns the interpreter. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <weechat/weechat-plugin.h>

WEECHAT_PLUGIN_NAME("isolated");
WEECHAT_PLUGIN_DESCRIPTION("Python 3.12 scripts in isolated interpreters (libisolated)");
WEECHAT_PLUGIN_AUTHOR("Isolated project");
WEECHAT_PLUGIN_VERSION("0.1");
WEECHAT_PLUGIN_LICENSE("GPL3");
WEECHAT_PLUGIN_PRIORITY(2000);

struct t_weechat_plugin *weechat_plugin = NULL;

struct script;

/* One hook made by a script: the Python function is looked up by name when it fires. */
struct script_hook {
    struct script *script;
    char *function;
    char *data;
    struct t_hook *hook;
    struct script_hook *next;
};

struct script {
    char *path;
    char *name;                 /* from register(); the file's base name until then */
    char *author, *version, *license, *description, *shutdown_func, *charset;
    int registered;
    struct t_hook *unload_timer; /* pending unload_later, removed if unloaded before it fires */
    PyThreadState *tstate;
    PyObject *globals;          /* the script's __main__ dict (owned by its interpreter) */
    struct script_hook *hooks;
    struct script *next;
};

static struct script *scripts = NULL;
/* The thread state whose GIL the WeeChat thread holds now (NULL: none). Callbacks nest when a
   script's weechat.command() runs another script's hook, so the previous one is restored. */
static PyThreadState *active_tstate = NULL;
static PyThreadState *main_tstate = NULL;

/* ---- entering and leaving a script's interpreter ---------------------------------------- */

static PyThreadState *script_enter(struct script *s)
{
    PyThreadState *previous = active_tstate;
    if (previous == s->tstate)
        return previous;
    if (previous)
        PyEval_SaveThread();
    PyEval_RestoreThread(s->tstate);
    active_tstate = s->tstate;
    return previous;
}

static void script_leave(struct script *s, PyThreadState *previous)
{
    if (previous == s->tstate)
        return;
    PyEval_SaveThread();
    if (previous)
        PyEval_RestoreThread(previous);
    active_tstate = previous;
}

static void script_schedule_unload(struct script *s);

/* Reports the pending Python exception in the core buffer and clears it. A callback stopped by
   the time budget (host controls) also gets its script unloaded. */
static void script_report_error(struct script *s, const char *where)
{
#ifdef PyIsolated_TERMINATE
    int terminated = PyIsolated_ErrTerminated();
#else
    int terminated = 0;
#endif
    PyObject *exc = PyErr_GetRaisedException();
    if (!exc)
        return;
    PyObject *text = PyObject_Str(exc);
    const char *message = text ? PyUnicode_AsUTF8(text) : NULL;
    PyObject *type_name = PyObject_GetAttrString((PyObject *)Py_TYPE(exc), "__name__");
    const char *type_text = type_name ? PyUnicode_AsUTF8(type_name) : NULL;
    weechat_printf(NULL, "%sisolated: error in script \"%s\" (%s): %s: %s",
                   weechat_prefix("error"), s ? s->name : "?", where,
                   type_text ? type_text : "?", message ? message : "<unprintable>");
    PyErr_Clear();
    Py_XDECREF(type_name);
    Py_XDECREF(text);
    Py_DECREF(exc);
    if (terminated && s) {
        weechat_printf(NULL, "%sisolated: script \"%s\" ran too long and is stopped",
                       weechat_prefix("error"), s->name);
        script_schedule_unload(s);
    }
}

/* ---- pointers as strings, as WeeChat's scripting API passes them ------------------------ */

static PyObject *pointer_to_str(const void *pointer)
{
    if (!pointer)
        return PyUnicode_FromString("");
    char buffer[32];
    snprintf(buffer, sizeof buffer, "0x%lx", (unsigned long)(uintptr_t)pointer);
    return PyUnicode_FromString(buffer);
}

static void *str_to_pointer(const char *text)
{
    if (!text || !text[0])
        return NULL;
    char *end = NULL;
    unsigned long value = strtoul(text, &end, 16);
    return (end && *end == '\0') ? (void *)(uintptr_t)value : NULL;
}

static char *dup_or_empty(const char *text) { return strdup(text ? text : ""); }

/* ---- module state: the owning script ---------------------------------------------------- */

typedef struct { struct script *script; } weechat_module_state;

static struct script *current_script(PyObject *module)
{
    weechat_module_state *state = PyModule_GetState(module);
    if (!state || !state->script) {
        PyErr_SetString(PyExc_RuntimeError, "weechat module is not bound to a loaded script");
        return NULL;
    }
    return state->script;
}

static int rc_of(PyObject *result)
{
    if (!result)
        return WEECHAT_RC_ERROR;
    int rc = WEECHAT_RC_OK;
    if (PyLong_Check(result))
        rc = (int)PyLong_AsLong(result);
    Py_DECREF(result);
    return rc;
}

/* Calls the script's function `name` with a tuple built from `format`; returns a new reference
   or NULL (the error is reported). */
static PyObject *script_call(struct script *s, const char *name, const char *format, ...)
{
    PyObject *function = PyDict_GetItemString(s->globals, name);
    if (!function) {
        weechat_printf(NULL, "%sisolated: script \"%s\" has no function \"%s\"",
                       weechat_prefix("error"), s->name, name);
        return NULL;
    }
    va_list va;
    va_start(va, format);
    PyObject *args = Py_VaBuildValue(format, va);
    va_end(va);
    if (!args) {
        script_report_error(s, name);
        return NULL;
    }
    if (!PyTuple_Check(args)) {
        PyObject *tuple = PyTuple_Pack(1, args);
        Py_DECREF(args);
        args = tuple;
    }
    PyObject *result = PyObject_CallObject(function, args);
    Py_DECREF(args);
    if (!result)
        script_report_error(s, name);
    return result;
}

/* ---- hooks ------------------------------------------------------------------------------- */

static struct script_hook *hook_new(struct script *s, const char *function, const char *data)
{
    struct script_hook *h = calloc(1, sizeof *h);
    h->script = s;
    h->function = dup_or_empty(function);
    h->data = dup_or_empty(data);
    h->next = s->hooks;
    s->hooks = h;
    return h;
}

static PyObject *hook_finish(struct script *s, struct script_hook *h)
{
    if (!h->hook) {
        s->hooks = h->next;
        free(h->function); free(h->data); free(h);
        return PyUnicode_FromString("");
    }
    return pointer_to_str(h->hook);
}

static void hook_free_one(struct script *s, struct script_hook *target)
{
    for (struct script_hook **link = &s->hooks; *link; link = &(*link)->next) {
        if (*link == target) {
            *link = target->next;
            weechat_unhook(target->hook);
            free(target->function); free(target->data); free(target);
            return;
        }
    }
}

#define HOOK_ENTER(h) struct script_hook *h = (struct script_hook *)pointer; (void)data; \
    PyThreadState *previous_ = script_enter(h->script)
#define HOOK_LEAVE(h) script_leave(h->script, previous_)

static int cb_command(const void *pointer, void *data, struct t_gui_buffer *buffer,
                      int argc, char **argv, char **argv_eol)
{
    HOOK_ENTER(h);
    int rc = rc_of(script_call(h->script, h->function, "(sNs)", h->data, pointer_to_str(buffer),
                               argc > 1 ? argv_eol[1] : ""));
    (void)argv;
    HOOK_LEAVE(h);
    return rc;
}

static int cb_command_run(const void *pointer, void *data, struct t_gui_buffer *buffer,
                          const char *command)
{
    HOOK_ENTER(h);
    int rc = rc_of(script_call(h->script, h->function, "(sNs)", h->data, pointer_to_str(buffer),
                               command));
    HOOK_LEAVE(h);
    return rc;
}

static int cb_timer(const void *pointer, void *data, int remaining_calls)
{
    HOOK_ENTER(h);
    int rc = rc_of(script_call(h->script, h->function, "(si)", h->data, remaining_calls));
    HOOK_LEAVE(h);
    return rc;
}

static int cb_signal(const void *pointer, void *data, const char *signal, const char *type_data,
                     void *signal_data)
{
    HOOK_ENTER(h);
    PyObject *value;
    if (strcmp(type_data, WEECHAT_HOOK_SIGNAL_STRING) == 0)
        value = PyUnicode_FromString(signal_data ? (const char *)signal_data : "");
    else if (strcmp(type_data, WEECHAT_HOOK_SIGNAL_INT) == 0) {
        char number[32];
        snprintf(number, sizeof number, "%d", signal_data ? *(int *)signal_data : 0);
        value = PyUnicode_FromString(number);
    } else
        value = pointer_to_str(signal_data);
    int rc = rc_of(script_call(h->script, h->function, "(ssN)", h->data, signal, value));
    HOOK_LEAVE(h);
    return rc;
}

static int cb_print(const void *pointer, void *data, struct t_gui_buffer *buffer, time_t date,
                    int tags_count, const char **tags, int displayed, int highlight,
                    const char *prefix, const char *message)
{
    HOOK_ENTER(h);
    char *joined = weechat_string_rebuild_split_string(tags, ",", 0, tags_count - 1);
    char date_text[32];
    snprintf(date_text, sizeof date_text, "%lld", (long long)date);
    int rc = rc_of(script_call(h->script, h->function, "(sNssiiss)", h->data,
                               pointer_to_str(buffer), date_text, joined ? joined : "",
                               displayed, highlight, prefix ? prefix : "",
                               message ? message : ""));
    free(joined);
    HOOK_LEAVE(h);
    return rc;
}

static char *cb_modifier(const void *pointer, void *data, const char *modifier,
                         const char *modifier_data, const char *string)
{
    HOOK_ENTER(h);
    char *out = NULL;
    PyObject *result = script_call(h->script, h->function, "(ssss)", h->data, modifier,
                                   modifier_data ? modifier_data : "", string ? string : "");
    if (result) {
        const char *text = PyUnicode_Check(result) ? PyUnicode_AsUTF8(result) : NULL;
        out = text ? strdup(text) : NULL;
        if (!text)
            PyErr_Clear();
        Py_DECREF(result);
    }
    HOOK_LEAVE(h);
    return out;
}

static int cb_config(const void *pointer, void *data, const char *option, const char *value)
{
    HOOK_ENTER(h);
    int rc = rc_of(script_call(h->script, h->function, "(sss)", h->data, option,
                               value ? value : ""));
    HOOK_LEAVE(h);
    return rc;
}

/* ---- the weechat module's functions ------------------------------------------------------ */

#define SCRIPT_OR_NULL(s) struct script *s = current_script(module); if (!s) return NULL

static void replace(char **field, const char *value) { free(*field); *field = dup_or_empty(value); }

static PyObject *wc_register(PyObject *module, PyObject *args)
{
    SCRIPT_OR_NULL(s);
    const char *name, *author, *version, *license, *description, *shutdown_func, *charset;
    if (!PyArg_ParseTuple(args, "sssssss:register", &name, &author, &version, &license,
                          &description, &shutdown_func, &charset))
        return NULL;
    if (s->registered)
        return PyLong_FromLong(0);
    for (struct script *other = scripts; other; other = other->next) {
        if (other != s && other->registered && strcmp(other->name, name) == 0) {
            weechat_printf(NULL, "%sisolated: unable to register script \"%s\" (another script "
                           "already exists with this name)", weechat_prefix("error"), name);
            return PyLong_FromLong(0);
        }
    }
    replace(&s->name, name); replace(&s->author, author); replace(&s->version, version);
    replace(&s->license, license); replace(&s->description, description);
    replace(&s->shutdown_func, shutdown_func); replace(&s->charset, charset);
    s->registered = 1;
    return PyLong_FromLong(1);
}

static PyObject *wc_prnt(PyObject *module, PyObject *args)
{
    (void)module;
    const char *buffer, *message;
    if (!PyArg_ParseTuple(args, "ss:prnt", &buffer, &message))
        return NULL;
    weechat_printf(str_to_pointer(buffer), "%s", message);
    return PyLong_FromLong(WEECHAT_RC_OK);
}

static PyObject *wc_prnt_date_tags(PyObject *module, PyObject *args)
{
    (void)module;
    const char *buffer, *tags, *message;
    long long date;
    if (!PyArg_ParseTuple(args, "sLss:prnt_date_tags", &buffer, &date, &tags, &message))
        return NULL;
    weechat_printf_date_tags(str_to_pointer(buffer), (time_t)date, tags, "%s", message);
    return PyLong_FromLong(WEECHAT_RC_OK);
}

static PyObject *wc_command(PyObject *module, PyObject *args)
{
    (void)module;
    const char *buffer, *command;
    if (!PyArg_ParseTuple(args, "ss:command", &buffer, &command))
        return NULL;
    return PyLong_FromLong(weechat_command(str_to_pointer(buffer), command));
}

static PyObject *wc_hook_command(PyObject *module, PyObject *args)
{
    SCRIPT_OR_NULL(s);
    const char *command, *description, *arguments, *args_description, *completion, *function,
        *data;
    if (!PyArg_ParseTuple(args, "sssssss:hook_command", &command, &description, &arguments,
                          &args_description, &completion, &function, &data))
        return NULL;
    struct script_hook *h = hook_new(s, function, data);
    h->hook = weechat_hook_command(command, description, arguments, args_description,
                                   completion, &cb_command, h, NULL);
    return hook_finish(s, h);
}

static PyObject *wc_hook_command_run(PyObject *module, PyObject *args)
{
    SCRIPT_OR_NULL(s);
    const char *command, *function, *data;
    if (!PyArg_ParseTuple(args, "sss:hook_command_run", &command, &function, &data))
        return NULL;
    struct script_hook *h = hook_new(s, function, data);
    h->hook = weechat_hook_command_run(command, &cb_command_run, h, NULL);
    return hook_finish(s, h);
}

static PyObject *wc_hook_timer(PyObject *module, PyObject *args)
{
    SCRIPT_OR_NULL(s);
    long interval;
    int align_second, max_calls;
    const char *function, *data;
    if (!PyArg_ParseTuple(args, "liiss:hook_timer", &interval, &align_second, &max_calls,
                          &function, &data))
        return NULL;
    struct script_hook *h = hook_new(s, function, data);
    h->hook = weechat_hook_timer(interval, align_second, max_calls, &cb_timer, h, NULL);
    return hook_finish(s, h);
}

static PyObject *wc_hook_signal(PyObject *module, PyObject *args)
{
    SCRIPT_OR_NULL(s);
    const char *signal, *function, *data;
    if (!PyArg_ParseTuple(args, "sss:hook_signal", &signal, &function, &data))
        return NULL;
    struct script_hook *h = hook_new(s, function, data);
    h->hook = weechat_hook_signal(signal, &cb_signal, h, NULL);
    return hook_finish(s, h);
}

static PyObject *wc_hook_signal_send(PyObject *module, PyObject *args)
{
    (void)module;
    const char *signal, *type_data, *signal_data;
    if (!PyArg_ParseTuple(args, "sss:hook_signal_send", &signal, &type_data, &signal_data))
        return NULL;
    int rc;
    if (strcmp(type_data, WEECHAT_HOOK_SIGNAL_INT) == 0) {
        int number = atoi(signal_data);
        rc = weechat_hook_signal_send(signal, type_data, &number);
    } else if (strcmp(type_data, WEECHAT_HOOK_SIGNAL_POINTER) == 0)
        rc = weechat_hook_signal_send(signal, type_data, str_to_pointer(signal_data));
    else
        rc = weechat_hook_signal_send(signal, type_data, (void *)signal_data);
    return PyLong_FromLong(rc);
}

static PyObject *wc_hook_print(PyObject *module, PyObject *args)
{
    SCRIPT_OR_NULL(s);
    const char *buffer, *tags, *message, *function, *data;
    int strip_colors;
    if (!PyArg_ParseTuple(args, "sssiss:hook_print", &buffer, &tags, &message, &strip_colors,
                          &function, &data))
        return NULL;
    struct script_hook *h = hook_new(s, function, data);
    h->hook = weechat_hook_print(str_to_pointer(buffer), tags, message, strip_colors, &cb_print,
                                 h, NULL);
    return hook_finish(s, h);
}

static PyObject *wc_hook_modifier(PyObject *module, PyObject *args)
{
    SCRIPT_OR_NULL(s);
    const char *modifier, *function, *data;
    if (!PyArg_ParseTuple(args, "sss:hook_modifier", &modifier, &function, &data))
        return NULL;
    struct script_hook *h = hook_new(s, function, data);
    h->hook = weechat_hook_modifier(modifier, &cb_modifier, h, NULL);
    return hook_finish(s, h);
}

static PyObject *wc_hook_modifier_exec(PyObject *module, PyObject *args)
{
    (void)module;
    const char *modifier, *modifier_data, *string;
    if (!PyArg_ParseTuple(args, "sss:hook_modifier_exec", &modifier, &modifier_data, &string))
        return NULL;
    char *out = weechat_hook_modifier_exec(modifier, modifier_data, string);
    PyObject *result = PyUnicode_FromString(out ? out : "");
    free(out);
    return result;
}

static PyObject *wc_hook_config(PyObject *module, PyObject *args)
{
    SCRIPT_OR_NULL(s);
    const char *option, *function, *data;
    if (!PyArg_ParseTuple(args, "sss:hook_config", &option, &function, &data))
        return NULL;
    struct script_hook *h = hook_new(s, function, data);
    h->hook = weechat_hook_config(option, &cb_config, h, NULL);
    return hook_finish(s, h);
}

static PyObject *wc_unhook(PyObject *module, PyObject *args)
{
    SCRIPT_OR_NULL(s);
    const char *hook;
    if (!PyArg_ParseTuple(args, "s:unhook", &hook))
        return NULL;
    void *target = str_to_pointer(hook);
    for (struct script_hook *h = s->hooks; h; h = h->next) {
        if (h->hook == target) {
            hook_free_one(s, h);
            break;
        }
    }
    return PyLong_FromLong(WEECHAT_RC_OK);
}

static void unhook_all(struct script *s)
{
    while (s->hooks)
        hook_free_one(s, s->hooks);
}

static PyObject *wc_unhook_all(PyObject *module, PyObject *args)
{
    (void)args;
    SCRIPT_OR_NULL(s);
    unhook_all(s);
    return PyLong_FromLong(WEECHAT_RC_OK);
}

/* Script options live under plugins.var.isolated.<script name>.<option>. */
static char *plugin_option_name(struct script *s, const char *option)
{
    size_t size = strlen(s->name) + strlen(option) + 2;
    char *full = malloc(size);
    snprintf(full, size, "%s.%s", s->name, option);
    return full;
}

static PyObject *wc_config_get_plugin(PyObject *module, PyObject *args)
{
    SCRIPT_OR_NULL(s);
    const char *option;
    if (!PyArg_ParseTuple(args, "s:config_get_plugin", &option))
        return NULL;
    char *full = plugin_option_name(s, option);
    const char *value = weechat_config_get_plugin(full);
    free(full);
    return PyUnicode_FromString(value ? value : "");
}

static PyObject *wc_config_is_set_plugin(PyObject *module, PyObject *args)
{
    SCRIPT_OR_NULL(s);
    const char *option;
    if (!PyArg_ParseTuple(args, "s:config_is_set_plugin", &option))
        return NULL;
    char *full = plugin_option_name(s, option);
    int set = weechat_config_is_set_plugin(full);
    free(full);
    return PyLong_FromLong(set);
}

static PyObject *wc_config_set_plugin(PyObject *module, PyObject *args)
{
    SCRIPT_OR_NULL(s);
    const char *option, *value;
    if (!PyArg_ParseTuple(args, "ss:config_set_plugin", &option, &value))
        return NULL;
    char *full = plugin_option_name(s, option);
    int rc = weechat_config_set_plugin(full, value);
    free(full);
    return PyLong_FromLong(rc);
}

static PyObject *wc_config_set_desc_plugin(PyObject *module, PyObject *args)
{
    SCRIPT_OR_NULL(s);
    const char *option, *description;
    if (!PyArg_ParseTuple(args, "ss:config_set_desc_plugin", &option, &description))
        return NULL;
    char *full = plugin_option_name(s, option);
    weechat_config_set_desc_plugin(full, description);
    free(full);
    return PyLong_FromLong(WEECHAT_RC_OK);
}

static PyObject *wc_config_get(PyObject *module, PyObject *args)
{
    (void)module;
    const char *option;
    if (!PyArg_ParseTuple(args, "s:config_get", &option))
        return NULL;
    return pointer_to_str(weechat_config_get(option));
}

static PyObject *wc_config_string(PyObject *module, PyObject *args)
{
    (void)module;
    const char *option;
    if (!PyArg_ParseTuple(args, "s:config_string", &option))
        return NULL;
    const char *value = weechat_config_string(str_to_pointer(option));
    return PyUnicode_FromString(value ? value : "");
}

static PyObject *wc_buffer_new(PyObject *module, PyObject *args)
{
    SCRIPT_OR_NULL(s);
    const char *name, *input_function, *input_data, *close_function, *close_data;
    if (!PyArg_ParseTuple(args, "sssss:buffer_new", &name, &input_function, &input_data,
                          &close_function, &close_data))
        return NULL;
    if (input_function[0] || close_function[0])
        return PyErr_Format(PyExc_NotImplementedError,
                            "weechat.buffer_new: input/close callbacks are not supported yet "
                            "(pass empty strings)");
    return pointer_to_str(weechat_buffer_new(name, NULL, NULL, NULL, NULL, NULL, NULL));
}

static PyObject *wc_buffer_search(PyObject *module, PyObject *args)
{
    (void)module;
    const char *plugin, *name;
    if (!PyArg_ParseTuple(args, "ss:buffer_search", &plugin, &name))
        return NULL;
    return pointer_to_str(weechat_buffer_search(plugin, name));
}

static PyObject *wc_buffer_search_main(PyObject *module, PyObject *args)
{
    (void)module; (void)args;
    return pointer_to_str(weechat_buffer_search_main());
}

static PyObject *wc_current_buffer(PyObject *module, PyObject *args)
{
    (void)module; (void)args;
    return pointer_to_str(weechat_current_buffer());
}

static PyObject *wc_buffer_close(PyObject *module, PyObject *args)
{
    (void)module;
    const char *buffer;
    if (!PyArg_ParseTuple(args, "s:buffer_close", &buffer))
        return NULL;
    weechat_buffer_close(str_to_pointer(buffer));
    return PyLong_FromLong(WEECHAT_RC_OK);
}

static PyObject *wc_buffer_set(PyObject *module, PyObject *args)
{
    (void)module;
    const char *buffer, *property, *value;
    if (!PyArg_ParseTuple(args, "sss:buffer_set", &buffer, &property, &value))
        return NULL;
    weechat_buffer_set(str_to_pointer(buffer), property, value);
    return PyLong_FromLong(WEECHAT_RC_OK);
}

static PyObject *wc_buffer_get_string(PyObject *module, PyObject *args)
{
    (void)module;
    const char *buffer, *property;
    if (!PyArg_ParseTuple(args, "ss:buffer_get_string", &buffer, &property))
        return NULL;
    const char *value = weechat_buffer_get_string(str_to_pointer(buffer), property);
    return PyUnicode_FromString(value ? value : "");
}

static PyObject *wc_buffer_get_integer(PyObject *module, PyObject *args)
{
    (void)module;
    const char *buffer, *property;
    if (!PyArg_ParseTuple(args, "ss:buffer_get_integer", &buffer, &property))
        return NULL;
    return PyLong_FromLong(weechat_buffer_get_integer(str_to_pointer(buffer), property));
}

static PyObject *wc_info_get(PyObject *module, PyObject *args)
{
    (void)module;
    const char *name, *arguments;
    if (!PyArg_ParseTuple(args, "ss:info_get", &name, &arguments))
        return NULL;
    char *value = weechat_info_get(name, arguments);
    PyObject *result = PyUnicode_FromString(value ? value : "");
    free(value);
    return result;
}

static PyObject *wc_infolist_get(PyObject *module, PyObject *args)
{
    (void)module;
    const char *name, *pointer, *arguments;
    if (!PyArg_ParseTuple(args, "sss:infolist_get", &name, &pointer, &arguments))
        return NULL;
    return pointer_to_str(weechat_infolist_get(name, str_to_pointer(pointer), arguments));
}

static PyObject *wc_infolist_next(PyObject *module, PyObject *args)
{
    (void)module;
    const char *infolist;
    if (!PyArg_ParseTuple(args, "s:infolist_next", &infolist))
        return NULL;
    return PyLong_FromLong(weechat_infolist_next(str_to_pointer(infolist)));
}

static PyObject *wc_infolist_string(PyObject *module, PyObject *args)
{
    (void)module;
    const char *infolist, *variable;
    if (!PyArg_ParseTuple(args, "ss:infolist_string", &infolist, &variable))
        return NULL;
    const char *value = weechat_infolist_string(str_to_pointer(infolist), variable);
    return PyUnicode_FromString(value ? value : "");
}

static PyObject *wc_infolist_integer(PyObject *module, PyObject *args)
{
    (void)module;
    const char *infolist, *variable;
    if (!PyArg_ParseTuple(args, "ss:infolist_integer", &infolist, &variable))
        return NULL;
    return PyLong_FromLong(weechat_infolist_integer(str_to_pointer(infolist), variable));
}

static PyObject *wc_infolist_free(PyObject *module, PyObject *args)
{
    (void)module;
    const char *infolist;
    if (!PyArg_ParseTuple(args, "s:infolist_free", &infolist))
        return NULL;
    weechat_infolist_free(str_to_pointer(infolist));
    return PyLong_FromLong(WEECHAT_RC_OK);
}

static PyObject *wc_string_remove_color(PyObject *module, PyObject *args)
{
    (void)module;
    const char *string, *replacement;
    if (!PyArg_ParseTuple(args, "ss:string_remove_color", &string, &replacement))
        return NULL;
    char *out = weechat_string_remove_color(string, replacement);
    PyObject *result = PyUnicode_FromString(out ? out : "");
    free(out);
    return result;
}

static PyObject *wc_string_match(PyObject *module, PyObject *args)
{
    (void)module;
    const char *string, *mask;
    int case_sensitive;
    if (!PyArg_ParseTuple(args, "ssi:string_match", &string, &mask, &case_sensitive))
        return NULL;
    return PyLong_FromLong(weechat_string_match(string, mask, case_sensitive));
}

static PyObject *wc_string_has_highlight(PyObject *module, PyObject *args)
{
    (void)module;
    const char *string, *words;
    if (!PyArg_ParseTuple(args, "ss:string_has_highlight", &string, &words))
        return NULL;
    return PyLong_FromLong(weechat_string_has_highlight(string, words));
}

static PyObject *wc_string_mask_to_regex(PyObject *module, PyObject *args)
{
    (void)module;
    const char *mask;
    if (!PyArg_ParseTuple(args, "s:string_mask_to_regex", &mask))
        return NULL;
    char *out = weechat_string_mask_to_regex(mask);
    PyObject *result = PyUnicode_FromString(out ? out : "");
    free(out);
    return result;
}

static PyObject *wc_color(PyObject *module, PyObject *args)
{
    (void)module;
    const char *name;
    if (!PyArg_ParseTuple(args, "s:color", &name))
        return NULL;
    const char *value = weechat_color(name);
    return PyUnicode_FromString(value ? value : "");
}

static PyObject *wc_prefix(PyObject *module, PyObject *args)
{
    (void)module;
    const char *name;
    if (!PyArg_ParseTuple(args, "s:prefix", &name))
        return NULL;
    const char *value = weechat_prefix(name);
    return PyUnicode_FromString(value ? value : "");
}

static PyObject *wc_nicklist_add_group(PyObject *module, PyObject *args)
{
    (void)module;
    const char *buffer, *parent, *name, *color;
    int visible;
    if (!PyArg_ParseTuple(args, "ssssi:nicklist_add_group", &buffer, &parent, &name, &color,
                          &visible))
        return NULL;
    return pointer_to_str(weechat_nicklist_add_group(str_to_pointer(buffer),
                                                     str_to_pointer(parent), name, color,
                                                     visible));
}

static PyObject *wc_nicklist_add_nick(PyObject *module, PyObject *args)
{
    (void)module;
    const char *buffer, *group, *name, *color, *prefix, *prefix_color;
    int visible;
    if (!PyArg_ParseTuple(args, "ssssssi:nicklist_add_nick", &buffer, &group, &name, &color,
                          &prefix, &prefix_color, &visible))
        return NULL;
    return pointer_to_str(weechat_nicklist_add_nick(str_to_pointer(buffer),
                                                    str_to_pointer(group), name, color, prefix,
                                                    prefix_color, visible));
}

static PyObject *wc_nicklist_search_nick(PyObject *module, PyObject *args)
{
    (void)module;
    const char *buffer, *group, *name;
    if (!PyArg_ParseTuple(args, "sss:nicklist_search_nick", &buffer, &group, &name))
        return NULL;
    return pointer_to_str(weechat_nicklist_search_nick(str_to_pointer(buffer),
                                                       str_to_pointer(group), name));
}

static PyObject *wc_nicklist_remove_nick(PyObject *module, PyObject *args)
{
    (void)module;
    const char *buffer, *nick;
    if (!PyArg_ParseTuple(args, "ss:nicklist_remove_nick", &buffer, &nick))
        return NULL;
    weechat_nicklist_remove_nick(str_to_pointer(buffer), str_to_pointer(nick));
    return PyLong_FromLong(WEECHAT_RC_OK);
}

static PyObject *wc_nicklist_remove_all(PyObject *module, PyObject *args)
{
    (void)module;
    const char *buffer;
    if (!PyArg_ParseTuple(args, "s:nicklist_remove_all", &buffer))
        return NULL;
    weechat_nicklist_remove_all(str_to_pointer(buffer));
    return PyLong_FromLong(WEECHAT_RC_OK);
}

/* Functions of WeeChat's API this module does not provide yet fail by name. */
static PyObject *wc_getattr(PyObject *module, PyObject *name)
{
    (void)module;
    return PyErr_Format(PyExc_AttributeError,
                        "module 'weechat' has no attribute '%U' (not provided by the isolated "
                        "WeeChat plugin yet)", name);
}

#define F(name) {#name, (PyCFunction)wc_##name, METH_VARARGS, NULL}
static PyMethodDef weechat_functions[] = {
    F(register), F(prnt), F(prnt_date_tags), F(command), F(hook_command), F(hook_command_run),
    F(hook_timer), F(hook_signal), F(hook_signal_send), F(hook_print), F(hook_modifier),
    F(hook_modifier_exec), F(hook_config), F(unhook), F(unhook_all), F(config_get_plugin),
    F(config_is_set_plugin), F(config_set_plugin), F(config_set_desc_plugin), F(config_get),
    F(config_string), F(buffer_new), F(buffer_search), F(buffer_search_main),
    F(current_buffer), F(buffer_close), F(buffer_set), F(buffer_get_string),
    F(buffer_get_integer), F(info_get), F(infolist_get), F(infolist_next), F(infolist_string),
    F(infolist_integer), F(infolist_free), F(string_remove_color), F(string_match),
    F(string_has_highlight), F(string_mask_to_regex), F(color), F(prefix),
    F(nicklist_add_group), F(nicklist_add_nick), F(nicklist_search_nick),
    F(nicklist_remove_nick), F(nicklist_remove_all),
    {"__getattr__", (PyCFunction)wc_getattr, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};
#undef F

static int weechat_module_exec(PyObject *module)
{
    static const struct { const char *name; long value; } ints[] = {
        {"WEECHAT_RC_OK", WEECHAT_RC_OK}, {"WEECHAT_RC_OK_EAT", WEECHAT_RC_OK_EAT},
        {"WEECHAT_RC_ERROR", WEECHAT_RC_ERROR},
        {"WEECHAT_CONFIG_OPTION_SET_OK_CHANGED", WEECHAT_CONFIG_OPTION_SET_OK_CHANGED},
        {"WEECHAT_CONFIG_OPTION_SET_OK_SAME_VALUE", WEECHAT_CONFIG_OPTION_SET_OK_SAME_VALUE},
        {"WEECHAT_CONFIG_OPTION_SET_ERROR", WEECHAT_CONFIG_OPTION_SET_ERROR},
        {"WEECHAT_CONFIG_OPTION_SET_OPTION_NOT_FOUND",
         WEECHAT_CONFIG_OPTION_SET_OPTION_NOT_FOUND},
        {"WEECHAT_HOOK_PROCESS_RUNNING", WEECHAT_HOOK_PROCESS_RUNNING},
        {"WEECHAT_HOOK_PROCESS_ERROR", WEECHAT_HOOK_PROCESS_ERROR},
    };
    static const struct { const char *name; const char *value; } strings[] = {
        {"WEECHAT_HOTLIST_LOW", WEECHAT_HOTLIST_LOW},
        {"WEECHAT_HOTLIST_MESSAGE", WEECHAT_HOTLIST_MESSAGE},
        {"WEECHAT_HOTLIST_PRIVATE", WEECHAT_HOTLIST_PRIVATE},
        {"WEECHAT_HOTLIST_HIGHLIGHT", WEECHAT_HOTLIST_HIGHLIGHT},
        {"WEECHAT_HOOK_SIGNAL_STRING", WEECHAT_HOOK_SIGNAL_STRING},
        {"WEECHAT_HOOK_SIGNAL_INT", WEECHAT_HOOK_SIGNAL_INT},
        {"WEECHAT_HOOK_SIGNAL_POINTER", WEECHAT_HOOK_SIGNAL_POINTER},
    };
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++)
        if (PyModule_AddIntConstant(module, ints[i].name, ints[i].value) < 0)
            return -1;
    for (size_t i = 0; i < sizeof strings / sizeof strings[0]; i++)
        if (PyModule_AddStringConstant(module, strings[i].name, strings[i].value) < 0)
            return -1;
    return 0;
}

/* Every script runs in its own interpreter with its own GIL, and the module keeps all its state
 * in module state, so it declares so: an own-GIL interpreter refuses modules that do not
 * (CPython 3.12's check_multi_interp_extensions rule). */
static PyModuleDef_Slot weechat_module_slots[] = {
    {Py_mod_exec, (void *)weechat_module_exec},
    {Py_mod_multiple_interpreters, Py_MOD_PER_INTERPRETER_GIL_SUPPORTED},
    {0, NULL},
};

static PyModuleDef weechat_module_def = {
    PyModuleDef_HEAD_INIT, "weechat", "WeeChat scripting API (isolated plugin)",
    sizeof(weechat_module_state), weechat_functions, weechat_module_slots, NULL, NULL, NULL,
};

static PyObject *PyInit_weechat(void) { return PyModuleDef_Init(&weechat_module_def); }

/* ---- loading and unloading scripts ------------------------------------------------------- */

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = malloc((size_t)size + 1);
    size_t got = fread(text, 1, (size_t)size, f);
    text[got] = '\0';
    fclose(f);
    return text;
}

static struct script *script_find(const char *name)
{
    for (struct script *s = scripts; s; s = s->next)
        if (strcmp(s->name, name) == 0)
            return s;
    return NULL;
}

static void script_free(struct script *s)
{
    free(s->path); free(s->name); free(s->author); free(s->version); free(s->license);
    free(s->description); free(s->shutdown_func); free(s->charset);
    free(s);
}

static void script_unload(struct script *s)
{
    PyThreadState *previous = script_enter(s);
    if (s->registered && s->shutdown_func && s->shutdown_func[0])
        Py_XDECREF(script_call(s, s->shutdown_func, "()"));
    unhook_all(s);
    if (s->unload_timer)
        weechat_unhook(s->unload_timer);
    /* Py_EndInterpreter leaves no thread state current. */
    Py_EndInterpreter(s->tstate);
    active_tstate = NULL;
    if (previous && previous != s->tstate) {
        PyEval_RestoreThread(previous);
        active_tstate = previous;
    }
    for (struct script **link = &scripts; *link; link = &(*link)->next) {
        if (*link == s) {
            *link = s->next;
            break;
        }
    }
    weechat_printf(NULL, "isolated: script \"%s\" unloaded", s->name);
    script_free(s);
}

/* Unloading waits for WeeChat's next timer tick: the script may be inside its own callback. */
static int unload_later(const void *pointer, void *data, int remaining_calls)
{
    (void)data; (void)remaining_calls;
    for (struct script *s = scripts; s; s = s->next)
        if (s == pointer) {
            s->unload_timer = NULL; /* WeeChat removes this one-shot timer itself */
            script_unload(s);
            break;
        }
    return WEECHAT_RC_OK;
}

static void script_schedule_unload(struct script *s)
{
    if (!s->unload_timer)
        s->unload_timer = weechat_hook_timer(1, 0, 1, &unload_later, s, NULL);
}

static struct script *script_load(const char *path)
{
    char *source = read_file(path);
    if (!source) {
        weechat_printf(NULL, "%sisolated: unable to read script \"%s\"", weechat_prefix("error"),
                       path);
        return NULL;
    }
    struct script *s = calloc(1, sizeof *s);
    s->path = strdup(path);
    const char *base = strrchr(path, '/');
    s->name = strdup(base ? base + 1 : path);
    char *dot = strrchr(s->name, '.');
    if (dot)
        *dot = '\0';

    PyThreadState *previous = active_tstate;
    if (previous)
        PyEval_SaveThread();
    PyInterpreterConfig config = _PyInterpreterConfig_INIT;
    PyStatus status = Py_NewInterpreterFromConfig(&s->tstate, &config);
    if (PyStatus_Exception(status) || !s->tstate) {
        weechat_printf(NULL, "%sisolated: unable to create an interpreter for \"%s\"",
                       weechat_prefix("error"), path);
        if (previous)
            PyEval_RestoreThread(previous);
        free(source);
        script_free(s);
        return NULL;
    }
    active_tstate = s->tstate;
    s->next = scripts;
    scripts = s;
#ifdef PyIsolated_TERMINATE
    /* Every call into the script (load, each callback) gets a wall-clock budget, so a runaway
       callback cannot freeze WeeChat. */
    const char *timeout = weechat_config_get_plugin("callback_timeout_ms");
    long long budget_ms = (timeout && timeout[0]) ? atoll(timeout) : 2000;
    PyIsolated_SetBudget(PyThreadState_GetInterpreter(s->tstate), 0, budget_ms);
#endif

    int ok = 0;
    PyObject *module = PyImport_ImportModule("weechat");
    if (module) {
        ((weechat_module_state *)PyModule_GetState(module))->script = s;
        Py_DECREF(module);
        PyObject *main_module = PyImport_AddModule("__main__");
        s->globals = main_module ? PyModule_GetDict(main_module) : NULL;
        if (s->globals) {
            PyObject *file = PyUnicode_FromString(path);
            PyDict_SetItemString(s->globals, "__file__", file);
            Py_XDECREF(file);
            PyObject *result = PyRun_String(source, Py_file_input, s->globals, s->globals);
            ok = result != NULL;
            Py_XDECREF(result);
        }
    }
    if (!ok)
        script_report_error(s, "load");
    free(source);
    PyEval_SaveThread();
    active_tstate = previous;
    if (previous)
        PyEval_RestoreThread(previous);

    if (!ok || !s->registered) {
        if (ok)
            weechat_printf(NULL, "%sisolated: script \"%s\" did not call register(); unloaded",
                           weechat_prefix("error"), path);
        script_unload(s);
        return NULL;
    }
    weechat_printf(NULL, "isolated: script \"%s\" %s loaded", s->name, s->version);
    return s;
}

static char *script_path(const char *argument)
{
    if (strchr(argument, '/'))
        return strdup(argument);
    /* A bare name is looked up in the plugin's data directory, as weechat's python plugin does. */
    char *data_dir = weechat_info_get("weechat_data_dir", "");
    size_t size = strlen(data_dir ? data_dir : ".") + strlen(argument) + 32;
    char *path = malloc(size);
    snprintf(path, size, "%s/isolated/%s%s", data_dir ? data_dir : ".", argument,
             strstr(argument, ".py") ? "" : ".py");
    free(data_dir);
    return path;
}

static void autoload_one(void *data, const char *filename)
{
    (void)data;
    size_t length = strlen(filename);
    if (length > 3 && strcmp(filename + length - 3, ".py") == 0)
        script_load(filename);
}

static void autoload_all(void)
{
    char *data_dir = weechat_info_get("weechat_data_dir", "");
    size_t size = strlen(data_dir ? data_dir : ".") + 32;
    char *dir = malloc(size);
    snprintf(dir, size, "%s/isolated/autoload", data_dir ? data_dir : ".");
    weechat_exec_on_files(dir, 0, 0, &autoload_one, NULL);
    free(dir);
    free(data_dir);
}

static int command_isolated(const void *pointer, void *data, struct t_gui_buffer *buffer,
                            int argc, char **argv, char **argv_eol)
{
    (void)pointer; (void)data; (void)buffer;
    if (argc < 2 || strcmp(argv[1], "list") == 0) {
        weechat_printf(NULL, "isolated: scripts loaded:");
        for (struct script *s = scripts; s; s = s->next)
            weechat_printf(NULL, "  %s %s: %s", s->name, s->version, s->description);
        return WEECHAT_RC_OK;
    }
    if (argc < 3)
        return WEECHAT_RC_ERROR;
    const char *argument = argv_eol[2];
    if (strcmp(argv[1], "load") == 0) {
        char *path = script_path(argument);
        script_load(path);
        free(path);
        return WEECHAT_RC_OK;
    }
    struct script *s = script_find(argument);
    if (!s) {
        weechat_printf(NULL, "%sisolated: script \"%s\" not loaded", weechat_prefix("error"),
                       argument);
        return WEECHAT_RC_ERROR;
    }
    if (strcmp(argv[1], "unload") == 0) {
        script_unload(s);
    } else if (strcmp(argv[1], "reload") == 0) {
        char *path = strdup(s->path);
        script_unload(s);
        script_load(path);
        free(path);
    } else if (strcmp(argv[1], "info") == 0) {
        weechat_printf(NULL, "isolated: %s %s by %s (%s): %s [%s]", s->name, s->version,
                       s->author, s->license, s->description, s->path);
    } else
        return WEECHAT_RC_ERROR;
    return WEECHAT_RC_OK;
}

int weechat_plugin_init(struct t_weechat_plugin *plugin, int argc, char *argv[])
{
    (void)argc; (void)argv;
    weechat_plugin = plugin;
    if (PyImport_AppendInittab("weechat", &PyInit_weechat) < 0)
        return WEECHAT_RC_ERROR;
    Py_InitializeEx(0);
    main_tstate = PyEval_SaveThread();
    active_tstate = NULL;
    weechat_hook_command("isolated", "manage Python scripts run in isolated interpreters",
                         "list || load <file> || unload|reload|info <name>",
                         "file: script path, or name in the data dir's isolated/ folder\n"
                         "name: registered script name",
                         "list|load|unload|reload|info", &command_isolated, NULL, NULL);
    autoload_all();
    return WEECHAT_RC_OK;
}

int weechat_plugin_end(struct t_weechat_plugin *plugin)
{
    (void)plugin;
    while (scripts)
        script_unload(scripts);
    PyEval_RestoreThread(main_tstate);
    Py_FinalizeEx();
    return WEECHAT_RC_OK;
}
