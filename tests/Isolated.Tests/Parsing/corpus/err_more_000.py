if x y:
 pass
