while x y:
 pass
