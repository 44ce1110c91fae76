if x == '{':=:
    pass
