name = "namespace part"
