for x in y:
    pass
for a, b in c:
    pass
else:
    done()
for (a, b) in c: pass
for [a, *b] in c: pass
for x in 1, 2, 3: pass
for x, in y: pass
