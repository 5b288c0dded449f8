#!/usr/bin/env python3
"""Adds or updates UI strings in the Web project's resources (zh-CN default + en).

usage: scripts/add-strings.py [--resource NAME] FILE.tsv   (lines: key<TAB>zh-CN text<TAB>English text)
NAME is the resource pair in src/TaskAdmission.Web/Localization (default SharedResource; e.g. ListsResource).
Keeps both .resx files sorted by key, so diffs stay small.
"""
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


def main():
    args = sys.argv[1:]
    resource = "SharedResource"
    if args[:1] == ["--resource"]:
        resource, args = args[1], args[2:]
    files = {"zh": LOC / f"{resource}.resx", "en": LOC / f"{resource}.en.resx"}
    tables = {lang: load(p) for lang, p in files.items()}
    for line in Path(args[0]).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, zh, en = line.split("\t")
        tables["zh"][key], tables["en"][key] = zh, en
    for lang, p in files.items():
        save(p, tables[lang])


if __name__ == "__main__":
    main()
