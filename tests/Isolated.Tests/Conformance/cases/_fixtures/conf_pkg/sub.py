thing = "sub thing"
def where():
    return __name__
