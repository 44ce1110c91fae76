# XML through pyexpat (Isolated: .NET XmlReader under Expat's handler API): ElementTree, iterparse, minidom, SAX, pyexpat handlers, errors.
import xml.etree.ElementTree as ET
doc = """<?xml version="1.0"?>
<library xmlns:dc="http://purl.org/dc/elements/1.1/">
  <!-- books -->
  <book id="1" lang="en"><dc:title>Dune</dc:title><year>1965</year><price>9.99</price></book>
  <book id="2"><dc:title>Emma &amp; co</dc:title><year>1815</year><price>5.50</price></book>
  <note><![CDATA[a <raw> section]]></note>
  <?proc do this?>
</library>"""
root = ET.fromstring(doc)
print(root.tag, root.attrib, len(root))
for b in root.findall("book"):
    print(b.get("id"), b.find("{http://purl.org/dc/elements/1.1/}title").text, b.findtext("year"), float(b.findtext("price")))
print(root.find("note").text)
print(ET.tostring(root.find("book"), encoding="unicode"))
total = sum(float(p.text) for p in root.iter("price"))
print(round(total, 2))
tree = ET.ElementTree(ET.fromstring("<a><b x='1'>t</b><c/></a>"))
for ev, el in ET.iterparse(__import__('io').BytesIO(b"<r><i>1</i><i>2</i></r>"), events=("start", "end")):
    print(ev, el.tag, el.text)
try:
    ET.fromstring("<a><b></a>")
except ET.ParseError as e:
    print("ParseError", e, e.code, e.position)
from xml.dom import minidom
d = minidom.parseString("<doc><item n='1'>x</item><item n='2'>y</item></doc>")
print([i.getAttribute("n") + i.firstChild.data for i in d.getElementsByTagName("item")])
print(d.toprettyxml(indent=" "))
import xml.sax
class H(xml.sax.ContentHandler):
    def startElement(self, name, attrs): print("start", name, dict(attrs))
    def endElement(self, name): print("end", name)
    def characters(self, c): print("chars", repr(c))
xml.sax.parseString(b"<a x='1'>hi\nthere<b/></a>", H())
import pyexpat
p = pyexpat.ParserCreate()
p.StartElementHandler = lambda n, a: print("S", n, a)
p.EndElementHandler = lambda n: print("E", n)
p.CharacterDataHandler = lambda d: print("D", repr(d))
p.Parse("<x a='1' b='2'>t<y/></x>", True)
print(ET.tostring(ET.XML('<a xmlns="urn:x"><b/></a>')))
for bad in ("<a><b></a>", "<a>", "", "<a/><b/>", "<a>&nope;</a>", "<a x='1' x='2'/>"):
    try:
        ET.fromstring(bad)
        print("parsed", repr(bad))
    except ET.ParseError as e:
        print(repr(bad), "->", str(e).split(":")[0], e.code)
ns = pyexpat.ParserCreate(namespace_separator=" ")
ns.StartNamespaceDeclHandler = lambda prefix, uri: print("ns+", prefix, uri)
ns.EndNamespaceDeclHandler = lambda prefix: print("ns-", prefix)
ns.StartElementHandler = lambda n, a: print("S", n, a)
ns.Parse(b'<r xmlns="urn:d" xmlns:p="urn:p"><p:c p:k="v" k2="w"/></r>', True)
