x = f"{x:{y!r}}"
