import html
from html.parser import HTMLParser

print(html.escape('<a href="x">Tom & Jerry\'s</a>'), html.escape("<b>", quote=False))
print(html.unescape("&lt;p&gt; &amp;amp; &copy; &#169; &#x41; &eacute; &nbsp;| &notanentity; &amp"))
print(html.unescape("&lt&gt &quot;quoted&quot; &#0; &#x110000;"))

class LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.text = []
        self.stack = []
        self.events = []
    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        self.events.append(("start", tag, attrs))
        if tag == "a":
            self.links.append(dict(attrs).get("href"))
    def handle_endtag(self, tag):
        self.events.append(("end", tag))
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()
    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))
    def handle_data(self, data):
        if data.strip():
            self.text.append(data.strip())
    def handle_comment(self, data):
        self.events.append(("comment", data))
    def handle_entityref(self, name):
        self.events.append(("entity", name))
    def handle_charref(self, name):
        self.events.append(("charref", name))
    def handle_decl(self, decl):
        self.events.append(("decl", decl))
    def handle_pi(self, data):
        self.events.append(("pi", data))

doc = """<!DOCTYPE html>
<html><head><title>Test &amp; page</title>
<script>if (a < b && c > d) { x = "</div>"; }</script></head>
<body class="main" data-x='1'>
<!-- a comment -->
<h1 id=top>Hello, <em>world</em>!</h1>
<p>Visit <a href="https://example.com/a?x=1&amp;y=2">Example</a> or
<a href='/local' title="Local link">here</a>.<br/>
<img src="pic.png" alt="A &quot;pic&quot;" />
<A HREF="UPPER.html">Upper</A>
<input disabled type=checkbox>
&copy; 2024 &#8212; done<?php echo 1 ?>
</body></html>"""
p = LinkCollector()
p.feed(doc)
p.close()
print(p.links)
print(p.text)
for e in p.events:
    print(e)

class Converting(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.parts = []
    def handle_data(self, data):
        self.parts.append(("data", data))
    def handle_entityref(self, name):
        self.parts.append(("ent", name))
    def handle_charref(self, name):
        self.parts.append(("ref", name))
c = Converting()
c.feed("a &amp; b &#65; c &#x42;")
c.close()
print(c.parts)
q = LinkCollector()
for chunk in ["<di", "v cla", "ss='x'>te", "xt</d", "iv>"]:
    q.feed(chunk)
q.close()
print(q.events, q.text, q.getpos())

class TableParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows, self.cell = [], None
    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self.cell = ""
    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self.rows[-1].append(self.cell.strip())
            self.cell = None
    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data
t = TableParser()
t.feed("<table><tr><th>Name</th><th>Qty</th></tr><tr><td>Bolt</td><td> 4 </td></tr><tr><td>Nut &amp; washer</td><td>10</td></tr></table>")
print(t.rows)
