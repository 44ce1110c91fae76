# tokenize.generate_tokens over every literal form, unicode identifiers and non-BMP characters.
from tokdump import dump_all

dump_all([
    "0 1 123 1_000 0x1F 0X_ff 0o17 0O7 0b101 0B_1 0_0\n",
    "1.0 .5 5. 1e10 1E-5 1.5e+3 1_0.0_1 1j 2.5J 1e3j .1j 0.j\n",
    "'a' \"b\" '''c''' \"\"\"d\"\"\" r'\\d' R\"x\" b'y' B\"z\" rb'\\w' bR'q' Rb\"s\" u'u' U\"U\"\n",
    "s = '''ab\ncd''' + 1\n",
    "s = \"\"\"\n  line1\n  line2\n\"\"\"\n",
    "s = 'a\\\nb'\n",
    "x = 'it''s' \"q\\\"uote\" 'b\\\\'\n",
    "héllo = 'wörld'\n",
    "λ = 1; 变量 = λ + 2\n",
    "s = '😀x' + '𝔘'  # 😀 comment\nt = 1\n",
    "x = '😀'; y = x\n",
    "ＡＢ = 1\n",
    "x = 1 if True else None\n",
    "x = ...\n",
])
