#!/usr/bin/env python3
"""Adds or updates UI strings in the Web project's resources (zh-CN default + en).

usage: scripts/add-strings.py FILE.tsv [RESOURCE]   (lines: key<TAB>zh-CN text<TAB>English text)
RESOURCE is the resource pair's name (default SharedResource; e.g. VillagesResource for an area's own strings).
Keeps both .resx files sorted by key, so diffs stay small.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

LOC = Path(__file__).resolve().parent.parent / "src/TaskAdmission.Web/Localization"



def files(resource):
    return {"zh": LOC / f"{resource}.resx", "en": LOC / f"{resource}.en.resx"}


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
    FILES = files(sys.argv[2] if len(sys.argv) > 2 else "SharedResource")
    tables = {lang: load(p) for lang, p in FILES.items()}
    for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, zh, en = line.split("\t")
        tables["zh"][key], tables["en"][key] = zh, en
    for lang, p in FILES.items():
        save(p, tables[lang])


if __name__ == "__main__":
    main()
