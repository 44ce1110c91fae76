type X = int = 2
