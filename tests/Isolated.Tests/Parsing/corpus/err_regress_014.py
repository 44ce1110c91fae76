a[b c]
