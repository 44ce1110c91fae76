a.b(c).d[e](f).g
x = y.z()[0].w(k=1)
