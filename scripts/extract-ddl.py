#!/usr/bin/env python3
"""Prints the statements of a schema-script DDL that create the given tables and their indexes.

usage: scripts/extract-ddl.py FULL.sql table [table ...]
Used by scripts/new-migration.sh --tables, so a migration holds exactly the DDL of its new tables.
"""
import re
import sys

full, tables = sys.argv[1], set(sys.argv[2:])
text = open(full, encoding="utf-8").read()
for statement in (s.strip() for s in text.split(";\n")):
    if not statement or statement.startswith("Using launch settings"):
        continue
    create = re.match(r'CREATE TABLE "?([\w]+)"?', statement)
    index = re.search(r'\sON "?([\w]+)"? \(', statement)
    name = create.group(1) if create else index.group(1) if index else None
    if name in tables:
        print(statement + ";\n")
