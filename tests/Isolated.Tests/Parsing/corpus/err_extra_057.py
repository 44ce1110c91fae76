@
pass
