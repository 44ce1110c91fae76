while x:
    break
while True:
    continue
else:
    pass
