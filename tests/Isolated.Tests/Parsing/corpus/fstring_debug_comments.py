x = f"{1+2 = # my comment
  }"
y = f"{'#' = }"
z = f"""{a # c1
  + b = }"""
