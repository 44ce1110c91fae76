# A callback that raises: the error is reported, the script stays loaded.
import weechat
weechat.register("raises", "tester", "1.0", "GPL3", "raises in a callback", "", "")
def on_cmd(data, buffer, args):
    raise ValueError("boom from callback")
weechat.hook_command("raiseit", "raises", "", "", "", "on_cmd", "")
