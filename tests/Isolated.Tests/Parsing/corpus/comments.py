# leading
x = 1  # trailing
# between

def f():  # c
    # inside
    pass  # c2
    # dangling
# end
