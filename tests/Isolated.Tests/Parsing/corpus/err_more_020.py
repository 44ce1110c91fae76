def f():
"doc"
