import os
import os.path as osp, sys
