x if y
