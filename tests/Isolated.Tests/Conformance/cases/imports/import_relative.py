import conf_pkg.rel
print(conf_pkg.rel.result)
import conf_pkg.deep.leaf
print(conf_pkg.deep.leaf.result)
from conf_pkg.deep import leaf
print(leaf is conf_pkg.deep.leaf)
