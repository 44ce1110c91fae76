except A, B:
 pass
