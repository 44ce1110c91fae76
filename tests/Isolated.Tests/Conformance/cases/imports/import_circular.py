import conf_circ_a
import conf_circ_b
print(conf_circ_a.use_b(), conf_circ_b.use_a())
print(conf_circ_a.conf_circ_b is conf_circ_b)
