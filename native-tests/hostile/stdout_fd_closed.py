# expect: OSError
# os-level descriptor calls work and fail cleanly on a descriptor that is already closed.
import os
fd = os.dup(1)
os.close(fd)
os.close(fd)
