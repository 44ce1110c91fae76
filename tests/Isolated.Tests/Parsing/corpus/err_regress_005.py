line = 0
line = 20 * line=
