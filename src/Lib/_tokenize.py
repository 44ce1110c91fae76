"""Isolated's _tokenize: the entry point tokenize.py imports for its C tokenizer.

tokenize's pure-Python helpers (detect_encoding, open) work without it; iterating tokens needs
the runtime's tokenizer exposed to Python, which is not done yet: TokenizerIter says so.
"""


class TokenizerIter:
    def __init__(self, source, *, encoding=None, extra_tokens=False):
        raise NotImplementedError(
            "tokenize: token iteration (_tokenize.TokenizerIter) is not supported by Isolated yet")
