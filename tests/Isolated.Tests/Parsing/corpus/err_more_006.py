with x y:
 pass
