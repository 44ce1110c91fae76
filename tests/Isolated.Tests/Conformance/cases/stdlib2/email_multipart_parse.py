import email
import email.utils
from email import policy
from email.header import decode_header, make_header, Header
from email.message import EmailMessage

raw = """\
From: "Alice Example" <alice@example.com>
To: Bob <bob@example.org>, carol@example.net
Cc: =?utf-8?q?Ren=C3=A9e?= <renee@example.fr>
Subject: =?utf-8?b?SGVsbG8g8J+Ygg==?= quarterly report
Date: Tue, 15 Nov 1994 08:12:31 -0500
Message-ID: <1234@example.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="XYZ"
X-Custom: first
X-Custom: second

This is a multi-part message in MIME format.
--XYZ
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hi Bob,=0AThe numbers are caf=C3=A9 =3D good.
--XYZ
Content-Type: text/html; charset=us-ascii

<p>Hi <b>Bob</b></p>
--XYZ
Content-Type: application/octet-stream; name="data.bin"
Content-Disposition: attachment; filename="data.bin"
Content-Transfer-Encoding: base64

AAECAwQ=
--XYZ--
"""

msg = email.message_from_string(raw)
print(msg["From"], "|", msg["to"], "|", msg.get("Subject"))
print(msg.get_all("X-Custom"), msg.get("Missing", "default"), "x-custom" in msg, len(msg.keys()))
print(msg.is_multipart(), msg.get_content_type(), msg.get_boundary(), msg.get_param("boundary"), msg.preamble)
for i, part in enumerate(msg.walk()):
    print(i, part.get_content_type(), part.get_content_maintype(), part.get_content_charset(), part.get_filename(), part.is_multipart())
parts = msg.get_payload()
print(len(parts), parts[0].get_payload(decode=True).decode("utf-8"))
print(parts[1].get_payload(), parts[2].get_payload(decode=True), parts[2].get("Content-Disposition"))
print(decode_header(msg["Subject"]))
print(str(make_header(decode_header(msg["Subject"]))), str(make_header(decode_header(msg["Cc"]))))
print(email.utils.parseaddr(msg["From"]), email.utils.getaddresses(msg.get_all("To") + msg.get_all("Cc")))
print(email.utils.parsedate_to_datetime(msg["Date"]), email.utils.parsedate(msg["Date"])[:6], email.utils.parsedate_tz(msg["Date"])[-1])
print(email.utils.formataddr(("Zoë Z", "zoe@example.com")), email.utils.formataddr(("Plain", "p@x.y")), email.utils.quote('a"b'), email.utils.unquote('"q"'))
print(email.utils.format_datetime(email.utils.parsedate_to_datetime("Wed, 01 Jan 2020 10:00:00 +0000")), email.utils.formatdate(0, usegmt=True))
print(email.utils.mktime_tz(email.utils.parsedate_tz("Thu, 01 Jan 1970 01:00:00 +0100")), email.utils.collapse_rfc2231_value("x"))

m2 = email.message_from_string(raw, policy=policy.default)
print(m2["Subject"], "|", m2["Cc"], "|", type(m2).__name__)
print([a.addr_spec for a in m2["To"].addresses], m2["To"].addresses[0].display_name, m2["Date"].datetime.year)
body = m2.get_body(preferencelist=("plain", "html"))
print(repr(body.get_content()))
print([a.get_filename() for a in m2.iter_attachments()], [p.get_content_type() for p in m2.iter_parts()])

new = EmailMessage()
new["From"] = "me@example.com"
new["To"] = "you@example.com"
new["Subject"] = "Test ✓"
new.set_content("Plain body\nline 2\n")
new.add_alternative("<p>HTML body</p>", subtype="html")
new.add_attachment(b"\x00\x01\x02", maintype="application", subtype="octet-stream", filename="x.bin")
print(new.get_content_type(), [p.get_content_type() for p in new.walk()])
out = new.as_string()
back = email.message_from_string(out, policy=policy.default)
print(back["Subject"], back.get_body(("plain",)).get_content(), [a.get_content() for a in back.iter_attachments()])
simple = email.message_from_string("Subject: hi\nContent-Type: text/plain\n\nbody text\n")
simple.replace_header("Subject", "changed")
simple["X-New"] = "added"
del simple["Content-Type"]
print(simple.as_string())
h = Header("Grüße aus Köln", "utf-8")
print(h.encode(), email.message_from_bytes(b"Subject: bytes\n\nb").get("subject"))
