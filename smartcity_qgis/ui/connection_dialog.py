"""Dialog for one saved platform connection; secrets go only into the QGIS auth database."""

from qgis.gui import QgsAuthConfigSelect
from qgis.PyQt.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from ..core.platforms.connection import PLATFORMS, Platform
from ..core.transport import has_secrets
from ..processing.platforms.params import PLATFORM_LABELS
from ..qgisbridge.i18n import tr


class ConnectionDialog(QDialog):
    def __init__(self, name="", platform=None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Platform connection"))
        platform = platform or Platform("sensorthings", "")
        layout = QFormLayout(self)
        self.name = QLineEdit(name, self)
        self.kind = QComboBox(self)
        for kind, label in zip(PLATFORMS, PLATFORM_LABELS):
            self.kind.addItem(tr(label), kind)
        self.kind.setCurrentIndex(PLATFORMS.index(platform.kind))
        self.url = QLineEdit(platform.url, self)
        self.url.setPlaceholderText("https://…/FROST-Server/v1.1")
        self.entity_type = QLineEdit(platform.entity_type, self)
        self.entity_type.setPlaceholderText("OffStreetParking,ParkingSpot")
        self.tenant = QLineEdit(platform.tenant, self)
        self.service_path = QLineEdit(platform.service_path, self)
        self.context = QLineEdit(platform.context, self)
        self.auth = QgsAuthConfigSelect(self)
        self.auth.setConfigId(platform.authcfg)
        for label, widget in (
            (tr("Name"), self.name),
            (tr("Platform"), self.kind),
            (tr("Service URL"), self.url),
            (tr("NGSI entity type(s)"), self.entity_type),
            (tr("NGSI tenant / Fiware-Service"), self.tenant),
            (tr("NGSI-v2 service path"), self.service_path),
            (tr("NGSI-LD @context URL"), self.context),
            (tr("Authentication"), self.auth),
        ):
            layout.addRow(label, widget)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        layout.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept_if_complete)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.kind.currentIndexChanged.connect(self._show_fields_of_kind)
        self._show_fields_of_kind()

    def _show_fields_of_kind(self):
        ngsi = self.kind.currentData() != "sensorthings"
        form = self.layout()
        for widget in (self.entity_type, self.tenant, self.service_path, self.context):
            widget.setVisible(ngsi)
            form.labelForField(widget).setVisible(ngsi)

    def _accept_if_complete(self):
        url = self.url.text().strip()
        if not (self.name.text().strip() and url.lower().startswith(("http://", "https://"))):
            self.refuse(tr("Enter a name and a URL starting with http:// or https://."))
        elif has_secrets(url):
            self.refuse(
                tr(
                    "The URL contains a user name, password or access key. Remove it from the URL and "
                    "choose or create an authentication configuration below instead: the connection is "
                    "saved in the QGIS settings, where secrets would be readable."
                )
            )
        else:
            self.accept()

    def refuse(self, reason):
        """Keep the dialog open and say why."""
        self.url.setFocus()
        self.url.setToolTip(reason)
        self.problem.setText(reason)
        self.problem.setVisible(True)

    def connection(self):
        """``(name, Platform)`` as entered."""
        return self.name.text().strip(), Platform(
            kind=self.kind.currentData(),
            url=self.url.text().strip(),
            entity_type=self.entity_type.text().strip(),
            tenant=self.tenant.text().strip(),
            service_path=self.service_path.text().strip(),
            context=self.context.text().strip(),
            authcfg=self.auth.configId(),
        )
