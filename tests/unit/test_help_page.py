"""The Help button's page: escaped texts, one row per parameter, the default choice marked."""

from smartcity_qgis.core.help_page import PageTexts, ParameterHelp, help_page

TEXTS = PageTexts("Parameters", "Key", "Meaning", "optional", "default")


def test_page_escapes_and_lists_every_parameter():
    parameters = [
        ParameterHelp("SOURCE", "Feed <URL> & file", "A URL or a file", False),
        ParameterHelp("FORMAT", "Format", "", False, 1, ("Automatic", "ParkAPI")),
        ParameterHelp("MAX_AGE", "Age", "Older counts are flagged", True, 60),
    ]
    page = help_page("en", "Load <feed>", "Parking", "First line\n\nSecond & more", parameters, TEXTS)
    assert "<h1>Load &lt;feed&gt;</h1>" in page
    assert "<p>First line</p>\n<p>Second & more</p>" in page
    assert "Feed &lt;URL&gt; &amp; file<br>A URL or a file</td>" in page
    assert "<li><code>0</code> Automatic</li><li><code>1</code> ParkAPI (default)</li>" in page
    assert "Age<br>Older counts are flagged; optional; default: <code>60</code>" in page
    assert page.count("<tr>") == 4
