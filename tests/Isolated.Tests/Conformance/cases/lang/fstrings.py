name, value = "pi", 3.14159265
print(f"{name} = {value:.2f}", f"{value:10.3f}|", f"{name!r:>6}", f"{42:#x} {42:08b} {1234567:,}")
print(f"{'nested' + '!'}", f"{[1, 2][1]}", f"{ {'a': 1}['a'] }", f"{value=}", f"{1 + 1 = }")
width = 8
print(f"{'x':>{width}}|", f"{'left':<{width}}|", f"{'mid':^{width}}|")
print(f"{3.0:g} {1e20:g} {0.5:%} {12345.6789:e}")
print(format(255, "x"), format(0.1, ".3"), format("s", "3"), format(1234.5, ",.1f"))
print(f"{{literal}}", f"multi" f"part", f"{None} {True!s}")
