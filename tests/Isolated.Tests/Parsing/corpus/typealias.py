type X = int
type Y[T] = list[T]
type Z[*Ts, **P] = tuple[*Ts]
type = 5
type.x = 1
type(x)
type[x] = 2
print(type)
