"""smartcity:exportcitygml3dynamizer — sensors as CityGML 3.0 objects with live SensorThings links."""

from qgis.core import (
    QgsCoordinateTransform,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QDateTime

from ...core.errors import N_, InputError
from ...core.transport import redact_url
from ...core.twin.dynamizer import Sensor, citygml3_sensors
from ...qgisbridge.compat import NUMBER_INTEGER, SOURCE_POINT, parameter_as_strings
from ...qgisbridge.frames import python_value
from ...qgisbridge.i18n import tr
from ...qgisbridge.layers import iso_utc
from ..base import SmartCityAlgorithm, check_cancel, field_name
from . import params as twin

MAPPED = (
    ("STREAM_ID", N_("Datastream id field"), "stream_id"),
    ("NAME_FIELD", N_("Name field"), "stream"),
    ("PROPERTY", N_("Observed property field"), "property"),
    ("UNIT", N_("Unit field"), "unit"),
    ("VALUE", N_("Latest value field"), "value"),
)
DEFAULT_YEARS = 10


class ExportCityGml3DynamizerAlgorithm(SmartCityAlgorithm):
    ALG_ID = "exportcitygml3dynamizer"
    GROUP_ID = "twin"
    INPUT = "INPUT"
    URL = "URL"
    FIELDS = "FIELDS"
    HEIGHT_EPSG = "HEIGHT_EPSG"
    START = "START"
    END = "END"
    OUTPUT = "OUTPUT"

    def displayName(self):
        return self.tr("Export sensors to CityGML 3.0 (Dynamizer)")

    def help_text(self):
        return self.tr(
            "Writes sensors - e.g. the output of 'Load sensor locations' - as CityGML 3.0 generic city "
            "objects for the living digital twin: each gets its latest value as a generic attribute "
            "and a Dynamizer with a SensorConnection to its SensorThings Datastream (service URL + "
            "datastream id, observed property, unit), so twin viewers that support Dynamizers show "
            "the live observations. Heights come from the terrain model or the fixed ground height; "
            "with a height CRS (default 7837, DHHN2016) the positions use a compound CRS."
        )

    def initAlgorithm(self, config=None):
        add = self.addParameter
        add(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Sensors"), [SOURCE_POINT]))
        add(QgsProcessingParameterString(self.URL, self.tr("SensorThings service URL")))
        for name, label, default in MAPPED:
            add(QgsProcessingParameterField(name, tr(label), default, self.INPUT, optional=True))
        add(
            QgsProcessingParameterField(
                self.FIELDS,
                self.tr("Further attributes"),
                None,
                self.INPUT,
                allowMultiple=True,
                optional=True,
            )
        )
        twin.add_target_and_terrain(self)
        add(
            QgsProcessingParameterNumber(
                self.HEIGHT_EPSG,
                self.tr("Height CRS (EPSG code, 0: none)"),
                NUMBER_INTEGER,
                7837,
                minValue=0,
            )
        )
        add(QgsProcessingParameterDateTime(self.START, self.tr("Valid from (UTC)"), optional=True))
        add(QgsProcessingParameterDateTime(self.END, self.tr("Valid to (UTC)"), optional=True))
        add(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("CityGML 3.0 file"), self.tr("CityGML files (*.gml)")
            )
        )

    def process(self, parameters, context, feedback):
        url = self.parameterAsString(parameters, self.URL, context).strip().rstrip("/")
        if not url.lower().startswith(("http://", "https://")):
            raise InputError(N_("The service URL must start with http:// or https://."))
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None or source.featureCount() == 0:
            raise InputError(N_("The layer is empty."))
        crs = twin.target_crs(self, parameters, context, source)
        columns = {
            name: field_name(self, parameters, name, context, source) for name, _label, _default in MAPPED
        }
        if not columns["STREAM_ID"]:
            raise InputError(N_("Choose the field with the Datastream ids."))
        extra = [
            name
            for name in parameter_as_strings(self, parameters, self.FIELDS, context)
            if name not in columns.values()
        ]
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.project())
        sampler, ground = twin.terrain(self, parameters, context, crs)

        def value(feature, key):
            return python_value(feature[columns[key]]) if columns[key] else None

        sensors = []
        for feature in source.getFeatures():
            check_cancel(feedback)
            if feature.geometry().isEmpty():
                continue
            point = transform.transform(feature.geometry().centroid().asPoint())
            latest = value(feature, "VALUE")
            sensors.append(
                Sensor(
                    object_id=str(value(feature, "STREAM_ID")),
                    name=str(value(feature, "NAME_FIELD") or ""),
                    x=point.x(),
                    y=point.y(),
                    z=sampler.height(point.x(), point.y(), ground),
                    datastream_id=str(value(feature, "STREAM_ID")),
                    base_url=redact_url(url),  # a twin file never carries credentials
                    observed_property=str(value(feature, "PROPERTY") or ""),
                    uom=str(value(feature, "UNIT") or ""),
                    latest_value=float(latest) if isinstance(latest, (int, float)) else None,
                    attributes={name: python_value(feature[name]) for name in extra},
                )
            )
        start = self.parameterAsDateTime(parameters, self.START, context)
        end = self.parameterAsDateTime(parameters, self.END, context)
        start = start if start.isValid() else QDateTime.currentDateTimeUtc()
        end = end if end.isValid() else start.addYears(DEFAULT_YEARS)
        document = citygml3_sensors(
            sensors,
            crs.postgisSrid(),
            iso_utc(start),
            iso_utc(end),
            self.parameterAsInt(parameters, self.HEIGHT_EPSG, context) or None,
        )
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        self.write_output(path, document)
        feedback.pushInfo(self.tr("{count} sensors written to {path}.").format(count=len(sensors), path=path))
        return {self.OUTPUT: path}
