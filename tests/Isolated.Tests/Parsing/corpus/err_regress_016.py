if x:
    pass
  \  else:
