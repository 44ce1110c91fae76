if x:
    pass
else:
# only a comment
