import difflib
import textwrap

text = ("The quick brown fox jumps over the lazy dog. " * 3).strip()
print(textwrap.fill(text, width=30))
print(textwrap.wrap(text, 25)[:3])
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=40), "|", textwrap.shorten("Hello  world!", width=12), "|", textwrap.shorten(text, 30, placeholder=" [more]"))
print(textwrap.dedent("""\
    def f():
        return 1
      mixed
    """))
print(textwrap.indent("a\nb\n\nc", "> "), textwrap.indent("a\n\nb", "+", lambda l: True), sep="\n")
w = textwrap.TextWrapper(width=20, break_long_words=False, max_lines=2, placeholder="...")
print(w.wrap("supercalifragilisticexpialidocious is a long word indeed"))
print(textwrap.wrap("a-b-c-d-e-f-g-h", width=5), textwrap.wrap("a-b-c-d-e-f-g-h", width=5, break_on_hyphens=False))
print(textwrap.fill("tabs\there\tand there", width=20, expand_tabs=True, tabsize=4))
print(textwrap.wrap("   leading and trailing   ", width=10, drop_whitespace=False))
print(textwrap.fill("Sentence one.  Sentence two.", width=80, fix_sentence_endings=True))

a = ["apple\n", "banana\n", "cherry\n", "date\n"]
b = ["apple\n", "blueberry\n", "cherry\n", "date\n", "elderberry\n"]
print("".join(difflib.unified_diff(a, b, fromfile="old.txt", tofile="new.txt")), end="")
print("".join(difflib.context_diff(a, b, fromfile="old", tofile="new", n=1)), end="")
print("".join(difflib.ndiff(["one\n", "two\n"], ["one\n", "tow\n"])), end="")
print(list(difflib.unified_diff("abc".splitlines(), "abd".splitlines(), lineterm="", n=0)))
sm = difflib.SequenceMatcher(None, "abcdefgh", "abxdefgz")
print(round(sm.ratio(), 4), round(sm.quick_ratio(), 4), round(sm.real_quick_ratio(), 4))
print(sm.get_matching_blocks())
print(sm.get_opcodes())
print(sm.find_longest_match(0, 8, 0, 8))
sm2 = difflib.SequenceMatcher(lambda c: c == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(sm2.ratio(), 3), list(sm2.get_grouped_opcodes(1)))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheat", "whale", "heel"], n=2, cutoff=0.5))
print(difflib.get_close_matches("xyz", ["abc"]))
d = difflib.Differ()
print(list(d.compare(["line one\n"], ["line 1\n"])))
html = difflib.HtmlDiff().make_table(["a", "b"], ["a", "c"])
print(html.count("<tr>"), "diff_chg" in html or "diff_sub" in html)
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_LINE_JUNK("  #  \n"))
print(list(difflib.restore(difflib.ndiff(["x\n"], ["y\n"]), 2)))
