def f(*, **k):
 pass
