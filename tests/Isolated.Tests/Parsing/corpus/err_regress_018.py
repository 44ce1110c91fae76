x = ('a'
 lambda 'b')
