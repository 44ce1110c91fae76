print("conf_err starts")
raise RuntimeError("conf_err cannot be imported")
