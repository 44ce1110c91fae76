# binascii's quoted-printable codec (quopri uses it), and pickling builtin functions and methods.
import binascii
import pickle

for data, kw in [(b'.\n', {}), (b'a.\n.', {}), (b'x' * 80, {}), (b'y' * 75 + b'\n', {}),
                 (b'a \r\nb\t\n', {}), (b'a b_c', {'header': True}), (b'\xff=\x00\t ', {'quotetabs': True}),
                 (b'a\nb', {'istext': False}), (b'tab\tend ', {}), (bytearray(b'=' * 30), {})]:
    encoded = binascii.b2a_qp(data, **kw)
    print(encoded, binascii.a2b_qp(encoded, header=kw.get('header', False)) == bytes(data))
print(binascii.a2b_qp(b'a=3D=\r\nb=\n=41=4g=='), binascii.a2b_qp('a_b', header=True), binascii.a2b_qp(b'='))
try:
    binascii.a2b_qp('\u00e9')
except ValueError as e:
    print('ValueError:', e)

print(pickle.loads(pickle.dumps(len)), pickle.loads(pickle.dumps([1, 2].pop))())
print(len.__reduce__(), type(len).__module__)
