# expect: SystemExit
# valgrind: run
import sys
sys.exit(3)
