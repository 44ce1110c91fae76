import conf_circ_b
A_VALUE = "a"
def use_b():
    return conf_circ_b.B_VALUE
