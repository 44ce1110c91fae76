from conf_circ_bad_b import B
A = 1
