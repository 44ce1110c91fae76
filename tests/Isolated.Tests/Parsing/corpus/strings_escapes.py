a = '\n\t\r\a\b\f\v\0\\'
b = '\x41\101\u00e9\U0001F600'
c = 'line\
continued'
d = '\7\77\377'
e = '\u200b\x7f\x00'
