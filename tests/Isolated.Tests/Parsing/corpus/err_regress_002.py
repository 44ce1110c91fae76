self.B{USY = False
x = 1
