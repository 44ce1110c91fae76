"""Prints tokenize's view of sources (for the tokenize conformance cases)."""
import io
import tokenize


def dump(src, title=None):
    print("=====", title or repr(src))
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            print(f"{tokenize.tok_name[t.type]:<14} {t.string!r:<16} {t.start} {t.end} {t.line!r}"
                  + (f" exact={tokenize.tok_name[t.exact_type]}" if t.type == tokenize.OP else ""))
    except tokenize.TokenError as e:
        print("TokenError", e.args)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)


def dump_all(sources):
    for s in sources:
        dump(s)
