x = [a _ b]
