# A callback that never returns: the plugin's time budget must stop it and unload the script.
import weechat
weechat.register("runaway", "tester", "1.0", "GPL3", "endless loop in a callback", "", "")

def on_cmd(data, buffer, args):
    weechat.prnt("", "RUNAWAY entering loop")
    while True:
        pass
weechat.hook_command("spin", "loops forever", "", "", "", "on_cmd", "")
