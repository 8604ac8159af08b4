"""Typed errors with user-facing messages that the QGIS edge translates.

Messages are templates marked with :func:`N_` so the translation extractor finds them;
the values are kept apart and filled in after translation.
"""


def N_(template):
    """Mark a message template for translation without translating it here."""
    return template


# What json.loads raises on text it cannot read: invalid JSON or text, numbers of thousands of
# digits (ValueError), nesting thousands of levels deep (RecursionError).
JSON_ERRORS = (ValueError, RecursionError)


class SmartCityError(Exception):
    """Base error: ``template`` is a translatable message, ``params`` fill its placeholders."""

    def __init__(self, template, **params):
        self.template = template
        self.params = params
        super().__init__(self.message())

    def message(self, translate=lambda text: text, format_text=str.format):
        """The message: the template passed through ``translate``, then filled by ``format_text``
        (e.g. one that writes numbers in the user's format)."""
        return format_text(translate(self.template), **self.params)


class TransportError(SmartCityError):
    """A request failed before a usable HTTP answer arrived."""


class HttpError(TransportError):
    """The server answered with an HTTP error status (4xx/5xx)."""

    def __init__(self, status, url, reason=""):
        self.status = status
        self.url = url
        if status in (401, 403):
            template = N_(
                "Access denied (HTTP {status}) for {url}. Check the authentication "
                "configuration of this connection."
            )
        elif status == 404:
            template = N_("Not found (HTTP {status}): {url} {reason}")
        elif status >= 500:
            template = N_("The server failed (HTTP {status}) for {url}. {reason}")
        else:
            template = N_("The server refused the request (HTTP {status}) for {url}. {reason}")
        super().__init__(template, status=status, url=url, reason=reason)


class InputError(SmartCityError):
    """An input the user named cannot be used (missing file, empty input, …)."""


class Cancelled(SmartCityError):
    """The user cancelled the operation."""

    def __init__(self):
        super().__init__(N_("Cancelled by the user."))


class FormatError(SmartCityError):
    """Input data could not be understood (malformed JSON/XML, unknown format)."""
