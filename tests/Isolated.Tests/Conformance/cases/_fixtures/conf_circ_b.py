import conf_circ_a
B_VALUE = "b"
def use_a():
    return conf_circ_a.A_VALUE
