x = (u'a'
     'b')
y = rb'x' br'y'
