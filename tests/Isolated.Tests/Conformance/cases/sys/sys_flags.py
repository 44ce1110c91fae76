import sys
f = sys.flags
print(type(f).__name__, len(f) >= 17)
print(f.optimize, f.verbose, f.quiet, f.interactive, f.inspect, f.no_site >= 0)
print(f.debug == f[0], f.inspect == f[1])
print(sys.warnoptions, sys._xoptions)
