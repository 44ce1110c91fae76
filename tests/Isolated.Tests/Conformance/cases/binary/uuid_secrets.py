import uuid, secrets
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid3(uuid.NAMESPACE_URL, 'http://x/'), uuid.uuid4().version, uuid.uuid4().variant)
print(len(secrets.token_hex(16)), len(secrets.token_bytes(9)), secrets.randbelow(1) == 0, secrets.compare_digest('ab', 'ab'), secrets.choice('z'))
u = uuid.UUID('12345678-1234-5678-1234-567812345678'); print(u.hex, u.int, u.bytes_le, u.fields, u.urn)
