"""XML input without entity expansion, DTD loading or network access.

Every XML file or answer the plugin reads goes through here. A document type declaration that
declares entities (the "billion laughs" and external-entity attacks) is refused before any parsing,
in bounded time and memory; the parsers never resolve entities, load a DTD or reach the network.
"""

import re

from .errors import N_, FormatError
from .lazy import LazyModule

etree = LazyModule("lxml.etree")

PROLOG_LIMIT = 1 << 20  # the first bytes of a document searched for a DOCTYPE and its end
_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_SUBSET_OPEN = re.compile(rb"[^\[>]*\[")  # the DOCTYPE has an internal subset
_SUBSET_END = re.compile(rb"\]\s*>")
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
# What XML 1.0 cannot hold at all: control characters, lone surrogates, U+FFFE and U+FFFF.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def strip_control(text):
    """``text`` without the control characters XML 1.0 cannot hold (and tables do not show)."""
    return _CONTROL_CHARACTERS.sub("", text)


def is_xml_text(text):
    """Whether XML 1.0 can hold every character of ``text`` (lxml refuses text that it cannot)."""
    return _NOT_XML.search(text) is None


def refuse_entity_declarations(head, name):
    """Raise :class:`FormatError` if the document whose first bytes are ``head`` has a DOCTYPE that
    declares entities, or one whose internal subset does not end within the first bytes read;
    ``name`` says which input in the message."""
    head = head[:PROLOG_LIMIT]
    doctype = _DOCTYPE.search(head)
    if doctype is None:
        return
    rest = head[doctype.end() :]
    opens_subset = _SUBSET_OPEN.match(rest) is not None
    if _ENTITY_DECLARATION.search(rest) or (opens_subset and _SUBSET_END.search(rest) is None):
        raise FormatError(
            N_(
                "{name} declares XML entities in its document type (DOCTYPE). Such files are refused "
                "because entities can expand without limit or read local files; remove the DOCTYPE."
            ),
            name=name,
        )


def parser():
    """An lxml parser that never expands entities, loads a DTD or reaches the network."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def parse_bytes(data, name):
    """The root element of the XML document ``data`` (bytes); ``name`` names it in errors."""
    refuse_entity_declarations(data, name)
    try:
        return etree.fromstring(data, parser())
    except etree.XMLSyntaxError as error:
        raise FormatError(
            N_("{name} is not well-formed XML ({detail})."), name=name, detail=str(error)
        ) from None


def iterparse(path, events, tag=None, schema=None):
    """lxml's iterparse over the file ``path`` with the same protections (check the prolog first);
    ``tag`` limits the events to elements of these names; ``schema`` (an XMLSchema) checks the
    document as it is read."""
    with open(path, "rb") as stream:
        refuse_entity_declarations(stream.read(PROLOG_LIMIT), str(path))
    return etree.iterparse(
        str(path),
        events=events,
        tag=tag,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_blank_text=False,
        schema=schema,
    )
