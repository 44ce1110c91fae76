# expect: ValueError,RecursionError
("{:{:{:{:{}}}}}").format(1,2,3,4,5)
