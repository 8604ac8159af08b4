"""Keep the translation catalogue in step with the code.

Finds every literal passed to ``tr(...)``, ``self.tr(...)`` or ``N_(...)`` in the plugin and
``update`` merges them into ``smartcity_qgis/i18n/smartcity_qgis_de.ts`` (new strings are marked
unfinished, existing translations kept, strings no longer used dropped); ``check`` lists the
strings that have no finished translation and exits 1 if there are any.
"""

import ast
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "smartcity_qgis"
CATALOGUE = PACKAGE / "i18n" / "smartcity_qgis_de.ts"
CONTEXT = "SmartCity"
MARKERS = {"tr", "N_"}


def _marker_name(call):
    function = call.func
    if isinstance(function, ast.Name):
        return function.id
    if isinstance(function, ast.Attribute):
        return function.attr
    return None


def source_strings(package=PACKAGE):
    """All translatable literals in the package, in first-seen order."""
    found = {}
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and _marker_name(node) in MARKERS
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value, path.relative_to(package.parent).as_posix())
    return found


def catalogue_translations(path=CATALOGUE):
    """``{source: (translation, finished)}`` from a .ts file."""
    if not path.exists():
        return {}
    translations = {}
    for message in ElementTree.parse(path).getroot().iter("message"):
        element = message.find("translation")
        finished = element.get("type") not in ("unfinished", "obsolete", "vanished")
        translations[message.findtext("source")] = (element.text or "", finished)
    return translations


def update(path=CATALOGUE):
    existing = catalogue_translations(path)
    root = ElementTree.Element("TS", version="2.1", language="de_DE")
    context = ElementTree.SubElement(root, "context")
    ElementTree.SubElement(context, "name").text = CONTEXT
    for source, location in source_strings().items():
        message = ElementTree.SubElement(context, "message")
        ElementTree.SubElement(message, "location", filename=location)
        ElementTree.SubElement(message, "source").text = source
        text, finished = existing.get(source, ("", False))
        translation = ElementTree.SubElement(message, "translation")
        translation.text = text
        if not (finished and text):
            translation.set("type", "unfinished")
    ElementTree.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ElementTree.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")


def missing_translations(path=CATALOGUE):
    """Source strings without a finished, non-empty translation."""
    translations = catalogue_translations(path)
    return [
        source
        for source in source_strings()
        if not (translations.get(source, ("", False))[1] and translations[source][0])
    ]


def main(argv):
    if argv[1:] == ["update"]:
        update()
        return 0
    if argv[1:] == ["check"]:
        missing = missing_translations()
        for source in missing:
            print(f"untranslated: {source!r}")
        return 1 if missing else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
