# A small Markdown-to-HTML converter: headings, lists, emphasis, code spans, links, paragraphs, HTML escaping.
import html
import re

MD = """\
# Project *Title*

Some **bold** text, some *italic* text and `code <b>`.
A [link](https://example.com/?a=1&b=2) inside a paragraph.

## Features

- fast & small
- **tested**
- uses `re`

1. first
2. second

Final paragraph
spanning two lines.
"""


def inline(text):
    text = html.escape(text, quote=False)
    text = re.sub(r"`([^`]+)`", r"<code>\1</code>", text)
    text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)
    text = re.sub(r"\*(.+?)\*", r"<em>\1</em>", text)
    text = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", lambda m: f'<a href="{m[2]}">{m[1]}</a>', text)
    return text


def convert(md):
    out, para, list_kind = [], [], None

    def flush():
        nonlocal para, list_kind
        if para:
            out.append("<p>" + inline(" ".join(para)) + "</p>")
            para = []
        if list_kind:
            out.append(f"</{list_kind}>")
            list_kind = None

    for line in md.splitlines():
        if m := re.match(r"(#{1,6})\s+(.*)", line):
            flush()
            n = len(m[1])
            out.append(f"<h{n}>{inline(m[2])}</h{n}>")
        elif m := re.match(r"(?:[-*]|(\d+)\.)\s+(.*)", line):
            kind = "ol" if m[1] else "ul"
            if para:
                flush()
            if list_kind != kind:
                if list_kind:
                    out.append(f"</{list_kind}>")
                out.append(f"<{kind}>")
                list_kind = kind
            out.append(f"  <li>{inline(m[2])}</li>")
        elif not line.strip():
            flush()
        else:
            if list_kind:
                flush()
            para.append(line.strip())
    flush()
    return "\n".join(out)


print(convert(MD))
print(inline("a < b && c > d"), inline("**unclosed"), inline("*a* and *b*"))
