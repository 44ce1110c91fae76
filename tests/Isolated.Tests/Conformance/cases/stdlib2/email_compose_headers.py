"""Composing messages: headers with non-ASCII, address lists, attachments, MIME classes, bytes round trip."""
import email
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import make_msgid, formataddr, getaddresses

msg = EmailMessage()
msg["Subject"] = "Café meeting — agenda"
msg["From"] = Address("Zoë Müller", "zoe", "example.com")
msg["To"] = (Address("Bob", "bob", "example.org"), Address(addr_spec="carol@example.net"))
msg["Reply-To"] = "team@example.com"
msg["Message-ID"] = "<fixed-id@example.com>"
msg.set_content("Agenda:\n1. Coffee ☕\n2. Planning\n")
print(msg["To"], "|", msg["From"].addresses[0].username, msg["From"].addresses[0].domain)
print(msg.get_content_type(), msg.get_content_charset(), msg["Content-Transfer-Encoding"])
raw = msg.as_bytes(policy=policy.SMTP)
print(raw.split(b"\r\n")[0], raw.count(b"\r\n") > 5)
for line in msg.as_string().splitlines()[:8]:
    print("  ", line)
back = email.message_from_bytes(raw, policy=policy.default)
print(back["Subject"], "|", back.get_content().splitlines()[1], "|", [a.display_name for a in back["To"].addresses])

m2 = MIMEMultipart("alternative")
m2["Subject"] = "Plain and HTML"
m2["From"] = formataddr(("Ann", "ann@example.com"))
m2["To"] = "x@example.com"
m2.attach(MIMEText("plain text", "plain"))
m2.attach(MIMEText("<b>html</b>", "html", "utf-8"))
outer = MIMEMultipart("mixed", boundary="===OUTER===")
outer["Subject"] = "Report"
outer.attach(m2)
att = MIMEApplication(b"\x00\x01binary", Name="data.bin")
att["Content-Disposition"] = 'attachment; filename="data.bin"'
outer.attach(att)
text = outer.as_string()
print(text.count("===OUTER==="), [p.get_content_type() for p in outer.walk()])
parsed = email.message_from_string(text)
print([(p.get_content_type(), p.get_filename()) for p in parsed.walk()], parsed.get_boundary())
print(parsed.get_payload(1).get_payload(decode=True))
print(getaddresses(["A <a@x.com>, b@y.com", '"Last, First" <lf@z.com>']))
mid = make_msgid(domain="example.com")
print(mid.startswith("<"), mid.endswith("@example.com>"))
e = EmailMessage()
e["X-Long"] = "word " * 30
folded = e.as_string(policy=policy.default.clone(max_line_length=40))
print(max(len(l) for l in folded.splitlines()) <= 40, len(folded.splitlines()))
e.add_header("Content-Disposition", "attachment", filename="résumé.pdf")
print(e["Content-Disposition"], e.get_filename())
try:
    msg["Subject"] = "second subject"
except ValueError as ex:
    print("ValueError:", ex)
