"""A dock page: what a capability is for, and its algorithms ready to run."""

from functools import partial

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ..core.errors import N_
from ..qgisbridge.i18n import tr

PROVIDER_ID = "smartcity"
DESCRIPTIONS = {
    "platform": N_(
        "Load sensors and parking data from urban data platforms: OGC SensorThings API "
        "(FROST), FIWARE NGSI-LD / NGSI-v2, ParkAPI and DATEX II."
    ),
    "parking": N_(
        "Occupancy, saturation and turnover of car parks and on-street bays, availability "
        "near destinations and forecasts."
    ),
    "heavyrain": N_(
        "Heavy-rain (Starkregen) hazard from a terrain model: sinks, flow paths, water depths "
        "of a design rain and affected buildings."
    ),
    "schoolroutes": N_(
        "School-route safety: walking network, safest and shortest routes, catchments and hazard hotspots."
    ),
    "twin": N_("Export analysis results into the municipal digital twin (CityGML, CityJSON)."),
}


def open_algorithm_dialog(algorithm_id, _checked=False):
    """Open the standard processing dialog, which runs in the background with progress/cancel."""
    import processing

    processing.execAlgorithmDialog(algorithm_id, {})


class CapabilityPage(QWidget):
    def __init__(self, group_id, parent=None):
        super().__init__(parent)
        self.group_id = group_id
        layout = QVBoxLayout(self)
        description = QLabel(tr(DESCRIPTIONS[group_id]), self)
        description.setWordWrap(True)
        layout.addWidget(description)
        self.buttons = {}
        for algorithm in self.algorithms():
            button = QPushButton(algorithm.icon(), algorithm.displayName() + " …", self)
            button.setToolTip(algorithm.help_text().split("\n")[0])
            button.clicked.connect(partial(open_algorithm_dialog, algorithm.id()))
            self.buttons[algorithm.id()] = button
            layout.addWidget(button)
        if not self.buttons:
            empty = QLabel(tr("No tools of this kind in this version yet."), self)
            empty.setEnabled(False)
            layout.addWidget(empty)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

    def algorithms(self):
        provider = QgsApplication.processingRegistry().providerById(PROVIDER_ID)
        if provider is None:
            return []
        return [alg for alg in provider.algorithms() if alg.groupId() == self.group_id]
