# A timer that keeps firing while another script misbehaves.
import weechat
weechat.register("ticker", "tester", "1.0", "GPL3", "timer every 200 ms", "", "")
count = 0
def on_tick(data, remaining):
    global count
    count += 1
    weechat.prnt("", "TICK %d" % count)
    return weechat.WEECHAT_RC_OK
weechat.hook_timer(200, 0, 0, "on_tick", "")
