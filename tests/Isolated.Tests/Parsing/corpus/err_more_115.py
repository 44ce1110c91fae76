await a = b
