#!/usr/bin/env python3
"""Adds or updates UI strings in the Web project's resources (zh-CN default + en).

usage: scripts/add-strings.py [--resource NAME] FILE.tsv   (lines: key<TAB>zh-CN text<TAB>English text)
NAME defaults to SharedResource (Localization/NAME.resx and NAME.en.resx); e.g. --resource AdmissionResource.
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


def files(name):
    return {"zh": LOC / f"{name}.resx", "en": LOC / f"{name}.en.resx"}


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
    name = "SharedResource"
    if len(args) == 3 and args[0] == "--resource":
        name, args = args[1], args[2:]
    paths = files(name)
    tables = {lang: load(p) for lang, p in paths.items()}
    for line in Path(args[0]).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, zh, en = line.split("\t")
        tables["zh"][key], tables["en"][key] = zh, en
    for lang, p in paths.items():
        save(p, tables[lang])


if __name__ == "__main__":
    main()
