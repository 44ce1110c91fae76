"""Rendering an HTML report safely: string.Template, html.escape, urllib.parse.quote, textwrap; then parsing it back."""
import html
from html.parser import HTMLParser
from string import Template
from urllib.parse import quote, urlencode

PAGE = Template("""<!doctype html>
<html><head><title>$title</title></head>
<body>
<h1>$title</h1>
<ul>
$items
</ul>
<p class="footer">Generated for $user &mdash; <a href="/search?$query">search</a></p>
</body></html>""")
ITEM = Template('  <li><a href="/item/$slug" title="$tip">$name</a> <span class="price">$$$price</span></li>')

products = [
    {"name": "Fish & Chips", "price": "8.50", "tip": 'The "classic"'},
    {"name": "<script>alert(1)</script>", "price": "0.00", "tip": "xss attempt"},
    {"name": "Crème brûlée", "price": "6.25", "tip": "dessert's best"},
]
items = "\n".join(ITEM.substitute(slug=quote(p["name"].lower(), safe=""), tip=html.escape(p["tip"]),
                                  name=html.escape(p["name"]), price=p["price"]) for p in products)
page = PAGE.substitute(title=html.escape("Menu <today>"), items=items, user=html.escape("O'Brien"),
                       query=html.escape(urlencode({"q": "fish & chips", "lang": "en"})))
print(page)

class Extract(HTMLParser):
    def __init__(self):
        super().__init__()
        self.in_a = False
        self.links = []
        self.prices = []
        self.cls = None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a":
            self.in_a = True
            self.links.append([a.get("href"), a.get("title"), ""])
        self.cls = a.get("class")
    def handle_endtag(self, tag):
        if tag == "a":
            self.in_a = False
        self.cls = None
    def handle_data(self, data):
        if self.in_a:
            self.links[-1][2] += data
        elif self.cls == "price":
            self.prices.append(data)

ex = Extract()
ex.feed(page)
ex.close()
for link in ex.links:
    print(link)
print(ex.prices)
print([n for n, _, text in ex.links if text == html.unescape(html.escape(text))])
print(html.unescape(page).count("<script>"), page.count("<script>"))
