if x:
    if y:
        pass
    pass


# comment
   # indented comment
z = 1
