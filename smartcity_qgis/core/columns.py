"""The kind of column that holds a set of attribute values, for layers built from records."""

from __future__ import annotations


def column_kind(values):
    """``"int"``, ``"float"`` or ``"text"`` for the values that are not None: whole numbers, numbers
    (whole numbers mixed with decimals), else text (booleans and anything not a number count as
    text); None when there are none."""
    kind = None
    for value in values:
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return "text"
        this = "int" if isinstance(value, int) else "float"
        kind = this if kind in (None, this) else "float"
    return kind
