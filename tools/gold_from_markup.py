#!/usr/bin/env python3
"""Builds the quote finder's gold JSONL from its hand-written markup.

usage: gold_from_markup.py SOURCE.txt OUT.jsonl
An article starts with a line `=== ID | STYLE`; the lines after it are its text (blank lines kept,
the trailing newline dropped). A gold quote is written {KIND:SPEAKER|words} with KIND d (direct),
p (partial) or i (indirect) and SPEAKER the full name, or - for none; the quote marks stay outside
the braces. Offsets are written in code points (Python string indices), end exclusive.
"""
import json, re, sys

KINDS = {"d": "direct", "p": "partial", "i": "indirect"}
MARK = re.compile(r"\{([dpi]):([^|{}]*)\|([^{}]*)\}")

def build(body):
    text, quotes, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(body):
        chunk = body[pos:m.start()]
        text.append(chunk)
        out_len += len(chunk)
        words = m.group(3)
        speaker = m.group(2).strip()
        quotes.append({"start": out_len, "end": out_len + len(words), "kind": KINDS[m.group(1)],
                       "speaker": None if speaker == "-" else speaker})
        text.append(words)
        out_len += len(words)
        pos = m.end()
    text.append(body[pos:])
    joined = "".join(text)
    assert "{" not in joined and "}" not in joined, joined[:80]
    return joined, quotes

def main(src, out):
    articles, current = [], None
    for line in open(src, encoding="utf-8").read().split("\n"):
        if line.startswith("=== "):
            ident, style = [x.strip() for x in line[4:].split("|")]
            current = {"id": ident, "style": style, "lines": []}
            articles.append(current)
        elif current is not None:
            current["lines"].append(line)
    with open(out, "w", encoding="utf-8") as f:
        for a in articles:
            body = "\n".join(a["lines"]).strip("\n")
            text, quotes = build(body)
            f.write(json.dumps({"id": a["id"], "style": a["style"], "text": text, "quotes": quotes},
                               ensure_ascii=False) + "\n")
    print(f"{len(articles)} articles, {sum(len(build(chr(10).join(a['lines']).strip(chr(10)))[1]) for a in articles)} quotes")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
