"""Every algorithm's help ends with its run in the demo town: parameters it has, nothing required
left out, as a processing.run call and a qgis_process line; every parameter has a help text (its
tooltip); the Help button opens the help with every parameter as a page in the user's language."""

import shlex
from html.parser import HTMLParser
from pathlib import Path

from qgis.PyQt.QtCore import QUrl

from smartcity_qgis.processing import examples
from smartcity_qgis.processing.heavyrain.rain_fill_spill import RainFillSpillAlgorithm
from smartcity_qgis.qgisbridge import i18n


def test_every_algorithm_shows_a_complete_example(provider):
    for algorithm in provider.algorithms():
        run = examples.example(algorithm.id())
        assert run is not None, algorithm.id()
        call, line = run
        assert call in algorithm.shortHelpString() and line in algorithm.shortHelpString()
        words = shlex.split(line.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"))
        assert words[:4] == ["qgis_process", "run", algorithm.id(), "--"]
        given = dict(word.split("=", 1) for word in words[4:])
        names = {definition.name() for definition in algorithm.parameterDefinitions()}
        assert set(given) <= names, (algorithm.id(), set(given) - names)
        for definition in algorithm.parameterDefinitions():
            required = not definition.flags() & definition.FlagOptional
            if required and definition.defaultValue() is None and not definition.isDestination():
                assert definition.name() in given, (algorithm.id(), definition.name())


def test_the_demo_runs_what_the_help_shows():
    shown = {step[0] for step in examples.STEPS}
    assert len(shown) + len({step[0] for step in examples.MORE_EXAMPLES}) == 28
    assert not shown & {step[0] for step in examples.MORE_EXAMPLES}


def page_text(url):
    """The page a ``file:`` help URL names, and its text without tags."""
    assert url.startswith("file:///"), url
    page = Path(QUrl(url).toLocalFile()).read_text(encoding="utf-8")
    parser = TextOnly()
    parser.feed(page)
    return page, " ".join(" ".join(parser.texts).split())


class TextOnly(HTMLParser):
    def __init__(self):
        super().__init__()
        self.texts = []

    def handle_data(self, data):
        self.texts.append(data)


def test_the_help_button_opens_a_page_in_english(provider):
    for algorithm in provider.algorithms():
        page, text = page_text(algorithm.helpUrl())
        assert page.count("<tr>") == len(algorithm.parameterDefinitions()) + 1
        assert '<html lang="en">' in page and "Parameters" in text
        assert " ".join(algorithm.displayName().split()) in text
        for definition in algorithm.parameterDefinitions():
            assert f"<code>{definition.name()}</code>" in page
            assert " ".join(definition.description().split()) in text
            assert definition.help(), (algorithm.id(), definition.name())  # the dialog's tooltip
            assert definition.help() in definition.toolTip()
            assert " ".join(definition.help().split()) in text


def test_the_help_button_opens_a_page_in_german():
    try:
        assert i18n.install_translator("de_DE")
        algorithm = RainFillSpillAlgorithm()
        algorithm.initAlgorithm()
        page, text = page_text(algorithm.helpUrl())
    finally:
        i18n.remove_translator()
    assert '<html lang="de">' in page and "Parameter" in text and "Starkregen" in text
    assert "Bemessungsregen: Füllen und Überlaufen" in text and "Bedeutung" in text
    assert "Geländemodell (DGM1, DGM2) in einem projizierten KBS in Metern" in text  # DEM's help
    scenario = algorithm.parameterDefinition("SCENARIO")
    for number, choice in enumerate(scenario.options()):
        assert f"<code>{number}</code> {choice}" in page
