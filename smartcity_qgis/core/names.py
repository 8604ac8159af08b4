"""Guessing which layer or field the user means from names people give them (German and English)."""

from __future__ import annotations


def _normal(name):
    return (name or "").casefold().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")


def best_layer(layers, words=(), fields=()):
    """The position in ``layers`` (``(name, field names)`` pairs) of the first whose name contains one
    of ``words`` or that has one of ``fields`` (names compared without case and umlauts); None."""
    words = [_normal(word) for word in words]
    fields = {_normal(field) for field in fields}
    for position, (name, field_names) in enumerate(layers):
        if any(word in _normal(name) for word in words) or fields & {_normal(field) for field in field_names}:
            return position
    return None


def best_field(field_names, candidates, exclude=()):
    """The first of ``field_names`` equal to one of ``candidates`` (in the candidates' order), else
    the first containing one of four letters or more; never one of ``exclude``; "" when none fits."""
    usable = [name for name in field_names if _normal(name) not in {_normal(other) for other in exclude}]
    for candidate in candidates:
        for name in usable:
            if _normal(name) == _normal(candidate):
                return name
    for candidate in (candidate for candidate in candidates if len(candidate) >= 4):
        for name in usable:
            if _normal(candidate) in _normal(name):
                return name
    return ""
