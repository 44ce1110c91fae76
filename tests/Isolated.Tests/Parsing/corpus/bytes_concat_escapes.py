a = b'\x00' b'\xff' b'\n'
b = rb'\x00' b'\x00'
