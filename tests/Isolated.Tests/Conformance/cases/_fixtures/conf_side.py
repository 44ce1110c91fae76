print("conf_side imported as", __name__)
counter = 0
