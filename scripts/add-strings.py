#!/usr/bin/env python3
"""Adds or updates UI strings in the Web project's resources (zh-CN default + en).

usage: scripts/add-strings.py [--resource NAME] FILE.tsv   (lines: key<TAB>zh-CN text<TAB>English text)
       scripts/add-strings.py --fix-punctuation            (rewrites every pair's Chinese texts, see below)
NAME is the resource pair in src/TaskAdmission.Web/Localization (default SharedResource; e.g. ListsResource).
Keeps both .resx files sorted by key, so diffs stay small. Chinese texts get full-width punctuation where they touch
Chinese (，；：（）), as Chinese typesetting wants and ResourcePunctuationTests checks; {0}-style placeholders,
times ("HH:mm") and English inside the text keep theirs.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

LOC = Path(__file__).resolve().parent.parent / "src/TaskAdmission.Web/Localization"
HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""


def load(path):
    if not path.exists():
        return {}
    return {d.get("name"): d.findtext("value") or "" for d in ET.parse(path).getroot().findall("data")}


def save(path, entries):
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "".join(
        f'  <data name="{esc(k)}" xml:space="preserve"><value>{esc(v)}</value></data>\n'
        for k, v in sorted(entries.items()))
    path.write_text(HEADER + body + "</root>\n", encoding="utf-8")


CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef\u201c\u201d\u2018\u2019\u2026\u00b7]")
FULL = {",": "\uff0c", ";": "\uff1b", ":": "\uff1a", "?": "\uff1f", "!": "\uff01"}


def fullwidth(text):
    """Full-width ，；： next to a Chinese character, and （） around Chinese or after it; placeholders untouched."""
    # Round brackets first, so a colon after "（社区）" sees a Chinese neighbour.
    def paren(m):
        before = text[:m.start()].rstrip()[-1:]
        if CJK.search(m.group(1)) or CJK.match(before):
            return "\uff08" + m.group(1) + "\uff09"
        return m.group(0)
    text = re.sub(r"\(([^()]*)\)", paren, text)
    parts = re.split(r"(\{[^{}]*\})", text)
    out = []
    for i, part in enumerate(parts):
        if i % 2 == 1:
            out.append(part)
            continue
        chars = list(part)
        for j, c in enumerate(chars):
            if c not in FULL:
                continue
            before = part[:j].rstrip()
            after = part[j + 1:].lstrip()
            # "{0}: 中" or "中,{0}": the placeholder side counts as Chinese when the other side is.
            prev = before[-1:] or ("}" if i > 0 else "")
            nxt = after[:1] or ("{" if i + 1 < len(parts) else "")
            if CJK.match(prev) or CJK.match(nxt) or (prev == "}" and CJK.match(nxt or "")):
                chars[j] = FULL[c]
        part = "".join(chars)
        part = re.sub(r"([\uff0c\uff1b\uff1a\uff1f\uff01]) +", r"\1", part)
        part = re.sub(r" +([\uff0c\uff1b\uff1a\uff1f\uff01])", r"\1", part)
        out.append(part)
    return "".join(out)


def fix_punctuation():
    for zh_file in sorted(LOC.glob("*.resx")):
        if zh_file.name.endswith(".en.resx"):
            continue
        table = load(zh_file)
        fixed = {k: fullwidth(v) for k, v in table.items()}
        if fixed != table:
            save(zh_file, fixed)
            print(f"{zh_file.name}: {sum(fixed[k] != table[k] for k in table)} texts")


def main():
    args = sys.argv[1:]
    if args == ["--fix-punctuation"]:
        fix_punctuation()
        return
    resource = "SharedResource"
    if args[:1] == ["--resource"]:
        resource, args = args[1], args[2:]
    files = {"zh": LOC / f"{resource}.resx", "en": LOC / f"{resource}.en.resx"}
    tables = {lang: load(p) for lang, p in files.items()}
    for line in Path(args[0]).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, zh, en = line.split("\t")
        tables["zh"][key], tables["en"][key] = fullwidth(zh), en
    for lang, p in files.items():
        save(p, tables[lang])


if __name__ == "__main__":
    main()
