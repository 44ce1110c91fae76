testing = False.  # comment
