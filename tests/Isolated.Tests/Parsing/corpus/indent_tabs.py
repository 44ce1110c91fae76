if x:
	pass
	if y:
		pass
if z:
        a
