with a as (b, f()): pass
