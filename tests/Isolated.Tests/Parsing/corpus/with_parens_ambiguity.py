with (a, b) as c: pass
with (a, b) as (c, d): pass
with (a)(b) as c: pass
with (a), (b): pass
