import re
print(re.findall('straße', 'STRASSE straße STRAßE', re.I))
print(re.findall('[α-ω]+', 'ΑΒΓ αβγ', re.I))
print(re.findall('σ', 'Σσς', re.I), re.findall('k', 'kK\u212a', re.I), re.findall('k', 'kK\u212a', re.I | re.A))
print(re.match(r'(?i)\u0130', 'i'), re.match(r'(?i)[a-f]+', 'ABCdef'))
print(re.findall(r'(?i)[^a-c]', 'aBcDe'))
print(re.findall(rb'(?i)abc', b'ABC abc AbC'))
