#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks the Qt Linguist catalogues in translations/.

Fails when
  - a message in clienteling_es.ts is unfinished or empty,
  - a plural (numerus) message in clienteling_es.ts or clienteling_en.ts lacks a form,
  - clienteling_en.ts holds anything but plural messages,
  - a translation drops or adds a placeholder (%1..%99, %n) or markup (<b>...),
  - the files are out of date with the sources: scripts/update-translations.sh is run on
    temporary copies and the sets of source strings are compared.

Usage: check_translations.py [--source-dir DIR] [--lupdate PATH] [--no-lupdate]
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# Forms Qt 6.4 expects per language (QTranslator's numerus rules): English and Spanish
# both have a singular and a plural.
NUMERUS_FORMS = {"en": 2, "es": 2}
UPDATE_HINT = ("Run scripts/update-translations.sh, translate every unfinished message "
               "(Qt Linguist or by hand), and commit translations/.")


def read_messages(path):
    """[(context, source, comment, numerus, message element)] in file order."""
    root = ET.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            messages.append((name, message.findtext("source") or "",
                             message.findtext("comment") or "",
                             message.get("numerus") == "yes", message))
    return root.get("language") or "", messages


def label(context, source, comment):
    text = f"{context}: \"{source}\""
    return text + (f" ({comment})" if comment else "")


def args_of(text):
    return sorted(re.findall(r"%L?(\d{1,2})", text))


def tags_of(text):
    return sorted(re.findall(r"</?[a-zA-Z][^>]*>", text))


def check_translated(path, plural_only):
    """Problems of one file: unfinished, empty, missing forms, changed placeholders."""
    language, messages = read_messages(path)
    forms_wanted = NUMERUS_FORMS.get(language.split("_")[0], 2)
    problems = []
    for context, source, comment, numerus, message in messages:
        where = label(context, source, comment)
        translation = message.find("translation")
        if plural_only and not numerus:
            problems.append(f"{where}: not a plural message (the English file holds plurals only)")
            continue
        if translation is None:
            problems.append(f"{where}: no translation")
            continue
        kind = translation.get("type")
        if kind in ("vanished", "obsolete"):
            problems.append(f"{where}: {kind} (no longer in the sources)")
            continue
        if numerus:
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if len(forms) != forms_wanted or not all(f.strip() for f in forms):
                problems.append(f"{where}: {sum(1 for f in forms if f.strip())} of "
                                f"{forms_wanted} plural forms")
                continue
        else:
            forms = [translation.text or ""]
            if not forms[0].strip():
                problems.append(f"{where}: empty translation")
                continue
        if kind == "unfinished":
            problems.append(f"{where}: marked unfinished")
        for form in forms:
            if args_of(form) != args_of(source):
                problems.append(f"{where}: placeholders differ in \"{form}\"")
            if tags_of(form) != tags_of(source):
                problems.append(f"{where}: markup differs in \"{form}\"")
        if numerus and "%n" in source and "%n" not in forms[-1]:
            problems.append(f"{where}: the plural form \"{forms[-1]}\" lacks %n")
    return messages, problems


def check_up_to_date(source_dir, ts_files, lupdate):
    """Runs the update script on copies; returns problems per file name."""
    problems = {}
    with tempfile.TemporaryDirectory(prefix="clienteling-i18n-") as temp:
        for path in ts_files:
            shutil.copy(path, temp)
        env = dict(os.environ)
        if lupdate:
            env["LUPDATE"] = lupdate
        script = os.path.join(source_dir, "scripts", "update-translations.sh")
        run = subprocess.run(["sh", script, "--ts-dir", temp], env=env, cwd=source_dir,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if run.returncode != 0:
            return {"update-translations.sh": [f"failed ({run.returncode}):\n{run.stdout}"]}
        for path in ts_files:
            name = os.path.basename(path)
            keys = lambda p: {m[:4] for m in read_messages(p)[1]}
            have, want = keys(path), keys(os.path.join(temp, name))
            found = []
            for key in sorted(want - have):
                found.append(f"new in the sources: {label(*key[:3])}"
                             + (" [plural]" if key[3] else ""))
            for key in sorted(have - want):
                found.append(f"no longer in the sources: {label(*key[:3])}")
            if found:
                problems[name] = found
    return problems


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source-dir", default=os.path.normpath(os.path.join(here, "..", "..")))
    parser.add_argument("--lupdate", help="Qt 6 lupdate (default: as the script finds it)")
    parser.add_argument("--no-lupdate", action="store_true",
                        help="skip the comparison with the sources")
    options = parser.parse_args()

    translations = os.path.join(options.source_dir, "translations")
    spanish = os.path.join(translations, "clienteling_es.ts")
    english = os.path.join(translations, "clienteling_en.ts")
    failed = False

    for path, plural_only in ((spanish, False), (english, True)):
        messages, problems = check_translated(path, plural_only)
        name = os.path.basename(path)
        if problems:
            failed = True
            print(f"FAIL {name}: {len(problems)} of {len(messages)} messages need work:")
            for problem in problems:
                print(f"  {problem}")
        else:
            print(f"ok   {name}: {len(messages)} messages, all translated")

    if not options.no_lupdate:
        stale = check_up_to_date(options.source_dir, [spanish, english], options.lupdate)
        for name, problems in stale.items():
            failed = True
            print(f"FAIL {name} is out of date with the sources ({len(problems)} strings):")
            for problem in problems:
                print(f"  {problem}")
        if not stale:
            print("ok   both files match the strings in the sources")

    if failed:
        print(UPDATE_HINT)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
