"""Numbers in messages and legends follow the QGIS locale: 66.240 m³ and 0,85 in German."""

from qgis.PyQt.QtCore import QLocale

from smartcity_qgis.qgisbridge.styles import legend_text


def test_legend_numbers_follow_the_users_locale(qgis_app):
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert legend_text("{lower} – {upper} m", lower=0.05, upper=0.1) == "0,05 – 0,1 m"
        assert legend_text("{lower_percent} – {upper_percent} % occupied", lower=0.85, upper=0.95).startswith(
            "85 – 95 %"
        )
        assert legend_text("{lower_ha} ha and more", lower=1e6) == "100 ha and more"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert legend_text("{lower} – {upper} m", lower=0.05, upper=0.1) == "0.05 – 0.1 m"
    finally:
        QLocale.setDefault(previous)


def test_messages_write_numbers_in_the_users_format(qgis_app):
    from smartcity_qgis.core.errors import InputError
    from smartcity_qgis.qgisbridge.i18n import local_format, translated_message

    previous = QLocale()
    template = "{volume:,.0f} m³ in {share:.0%}, cells {size:g} m, {count} sinks"
    try:
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert local_format(template, volume=66240.4, share=0.85, size=0.5, count=1200) == (
            "66.240 m³ in 85\u00a0%, cells 0,5 m, 1200 sinks"
        )
        error = InputError("{volume:,.1f} m³ too much", volume=1234.56)
        assert translated_message(error) == "1.234,6 m³ too much"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert local_format(template, volume=66240.4, share=0.85, size=0.5, count=1200) == (
            template.format(volume=66240.4, share=0.85, size=0.5, count=1200)
        )
    finally:
        QLocale.setDefault(previous)
