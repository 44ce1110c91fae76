# errno names/codes, gc approximations, atexit registration and order.
import errno, gc, atexit
print(errno.ENOENT, errno.EACCES, errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[errno.ENOENT], errno.errorcode[11])
print(gc.isenabled()); gc.disable(); print(gc.isenabled()); gc.enable()
print(gc.collect() >= 0, len(gc.get_threshold()), gc.garbage)
def bye(name, punct="!"):
    print("bye", name + punct)
atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")
def dropped():
    print("never")
atexit.register(dropped)
atexit.unregister(dropped)
print(atexit._ncallbacks())
print("end of program")
