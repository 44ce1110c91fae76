class A x:
 pass
