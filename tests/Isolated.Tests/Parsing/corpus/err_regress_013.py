x = (S "b")
