[a = b]
