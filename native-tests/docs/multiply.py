# The module the "Pure Embedding" example (embed_call.c) calls into.
def multiply(a, b):
    print("Will compute", a, "times", b)
    c = 0
    for i in range(0, a):
        c = c + b
    return c
