x = a(
