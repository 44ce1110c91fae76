# Float formatting with precisions past a double's exact expansion (found by fuzzing: a precision
# of 777777777 used to compute every digit). Only the length and a digest of long results print.
import hashlib

def show(spec, v):
    r = (spec % v) if spec.startswith('%') else format(v, spec)
    print(spec, len(r), hashlib.md5(r.encode()).hexdigest()[:12], r[:24], r[-12:])

for spec, v in [('.900g', 1e300), ('.1200f', 1e-300), ('.900e', 0.1), ('.1500f', 2.5e-310),
                ('#.900g', 0.1), ('.800g', 5e-324), ('.20000f', 1.5), ('.3000e', 1 / 3),
                ('%.1500f', 2.5e-310), ('.777777g', 3.5), ('.777777g', 1e300), ('>40.2000G', 2.0 ** -1074),
                ('.17g', 0.1), ('.767g', 2.0 ** -1074)]:
    show(spec, v)
