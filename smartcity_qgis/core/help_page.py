"""An algorithm's help as a page of its own, for the Help button: no Qt or QGIS here."""

import html
from typing import NamedTuple


class ParameterHelp(NamedTuple):
    """One parameter as the help page lists it (texts already translated)."""

    name: str  # the key for processing.run and qgis_process
    description: str
    help: str
    optional: bool
    default: object = None
    choices: tuple = ()  # the texts of an enumeration, chosen by their number


class PageTexts(NamedTuple):
    """The page's own words in the user's language."""

    parameters: str
    name: str
    meaning: str
    optional: str
    default: str


STYLE = (
    "body{font-family:sans-serif;max-width:52em;margin:1em auto;padding:0 1em;line-height:1.4}"
    "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .5em;text-align:left;"
    "vertical-align:top}code{background:#f4f4f4}"
)


def help_page(language, title, group, help_html, parameters, texts):
    """The HTML page: title, group, the help (one paragraph per line, as QGIS shows it) and a table of
    the parameters with their key, whether optional, default and numbered choices."""
    paragraphs = "".join(f"<p>{line}</p>\n" for line in help_html.split("\n") if line.strip())
    rows = "".join(parameter_row(parameter, texts) for parameter in parameters)
    return (
        f'<!DOCTYPE html>\n<html lang="{html.escape(language)}">\n<head><meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title><style>{STYLE}</style></head>\n<body>\n"
        f"<p>{html.escape(group)}</p>\n<h1>{html.escape(title)}</h1>\n{paragraphs}"
        f"<h2>{html.escape(texts.parameters)}</h2>\n<table>\n"
        f"<tr><th>{html.escape(texts.name)}</th><th>{html.escape(texts.meaning)}</th></tr>\n{rows}"
        "</table>\n</body>\n</html>\n"
    )


def parameter_row(parameter, texts):
    """One table row: the key, then the description with optional / default / choices."""
    notes = [html.escape(parameter.help)] if parameter.help else []
    if parameter.optional:
        notes.append(html.escape(texts.optional))
    if parameter.default not in (None, "") and not parameter.choices:
        notes.append(f"{html.escape(texts.default)}: <code>{html.escape(str(parameter.default))}</code>")
    default = str(parameter.default)
    mark = f" ({html.escape(texts.default)})"
    choices = "".join(
        f"<li><code>{number}</code> {html.escape(text)}{mark if str(number) == default else ''}</li>"
        for number, text in enumerate(parameter.choices)
    )
    if choices:
        notes.append(f"<ul>{choices}</ul>")
    details = f"<br>{'; '.join(notes)}" if notes else ""
    return (
        f"<tr><td><code>{html.escape(parameter.name)}</code></td>"
        f"<td>{html.escape(parameter.description)}{details}</td></tr>\n"
    )
