"""Every user-visible string has a German translation."""

import importlib.util

from tests.conftest import REPO


def load_i18n_tool():
    spec = importlib.util.spec_from_file_location("i18n_tool", REPO / "tools" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_catalogue_is_complete():
    assert load_i18n_tool().missing_translations() == []


def test_extractor_finds_marked_strings(tmp_path):
    tool = load_i18n_tool()
    (tmp_path / "page.py").write_text(
        'label = self.tr("Brand-new label")\nERROR = N_("Broken {x}")\nother = print("not me")\n'
    )
    assert list(tool.source_strings(tmp_path)) == ["Brand-new label", "Broken {x}"]


def test_unknown_string_counts_as_missing(tmp_path, monkeypatch):
    tool = load_i18n_tool()
    monkeypatch.setattr(tool, "source_strings", lambda: {"Parking": "x", "Unübersetzt": "y"})
    assert tool.missing_translations() == ["Unübersetzt"]
