x = f"{x=!z}"
