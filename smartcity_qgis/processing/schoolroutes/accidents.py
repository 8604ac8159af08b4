"""smartcity:accidentatlas — Unfallatlas accidents as weighted hazard points for safe school routes."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterMultipleLayers,
)
from qgis.PyQt.QtCore import QMetaType

from ...core.errors import N_, InputError
from ...core.schoolroutes.accidents import GEOGRAPHIC_EPSG, INVOLVED, PROJECTED_EPSG, read_accidents
from ...qgisbridge.compat import SOURCE_FILE, SOURCE_POINT, WKB_POINT
from ...qgisbridge.i18n import tr
from ...qgisbridge.layers import add_in_batches, make_fields
from ..base import SmartCityAlgorithm, check_cancel, read_input

ACCIDENT_FIELDS = (
    ("accident_id", QMetaType.Type.QString),
    ("year", QMetaType.Type.Int),
    ("month", QMetaType.Type.Int),
    ("weekday", QMetaType.Type.Int),
    ("hour", QMetaType.Type.Int),
    ("category", QMetaType.Type.Int),
    ("severity", QMetaType.Type.QString),
    ("pedestrian", QMetaType.Type.Bool),
    ("bicycle", QMetaType.Type.Bool),
    ("kind", QMetaType.Type.Int),
    ("type", QMetaType.Type.Int),
    ("light", QMetaType.Type.Int),
    ("weight", QMetaType.Type.Double),
)
SEVERITIES = {1: N_("people killed"), 2: N_("seriously injured"), 3: N_("slightly injured")}
INVOLVED_LABELS = (
    N_("Accidents with pedestrians or cyclists"),
    N_("Accidents with pedestrians"),
    N_("Accidents with cyclists"),
    N_("All accidents"),
)


class AccidentAtlasAlgorithm(SmartCityAlgorithm):
    ALG_ID = "accidentatlas"
    GROUP_ID = "schoolroutes"
    FILES = "FILES"
    INVOLVED = "INVOLVED"
    EXTENT = "EXTENT"
    OUTPUT = "OUTPUT"

    def displayName(self):
        return self.tr("Load accident atlas (Unfallatlas)")

    def help_text(self):
        return self.tr(
            "Reads the yearly accident files of the Unfallatlas of the statistical offices "
            "(Unfallorte<year>_LinRef.csv from unfallatlas.statistikportal.de, licence dl-de/by-2-0) "
            "and writes the accidents as points in ETRS89 / UTM 32N (EPSG:25832), ready as hazard "
            "points for 'School route analysis' (hazard weight field: weight).\n\n"
            "The files of all years are read alike (their columns differ in order and spelling, "
            "e.g. UIDENTSTLAE/UIDENTSTLA, ULICHTVERH/LICHT; semicolons and decimal commas). Used: "
            "UKATEGORIE (1 people killed, 2 seriously injured, 3 slightly injured; weight 3, 2, 1), "
            "IstFuss and IstRad (pedestrian, cyclist involved), UJAHR, UMONAT, UWOCHENTAG (1 = "
            "Sunday), USTUNDE, UART (kind), UTYP1 (type), ULICHTVERH (0 daylight, 1 twilight, 2 "
            "darkness) and the position LINREFX/LINREFY (EPSG:25832) or, without it, "
            "XGCSWGS84/YGCSWGS84. Rows without a position or category are counted in the log, not "
            "silently dropped. Give an extent to keep only your town."
        )

    def initAlgorithm(self, config=None):
        add = self.addParameter
        add(QgsProcessingParameterMultipleLayers(self.FILES, self.tr("Unfallatlas CSV files"), SOURCE_FILE))
        add(
            QgsProcessingParameterEnum(
                self.INVOLVED, self.tr("Accidents"), [tr(label) for label in INVOLVED_LABELS], defaultValue=0
            )
        )
        add(QgsProcessingParameterExtent(self.EXTENT, self.tr("Extent"), optional=True))
        add(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Accidents"), SOURCE_POINT))

    def process(self, parameters, context, feedback):
        paths = self.parameterAsFileList(parameters, self.FILES, context)
        if not paths:
            raise InputError(N_("Choose at least one Unfallatlas CSV file."))
        who = INVOLVED[self.parameterAsEnum(parameters, self.INVOLVED, context)]
        crs = QgsCoordinateReferenceSystem(f"EPSG:{PROJECTED_EPSG}")
        extent = None
        if parameters.get(self.EXTENT):
            extent = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
        from_wgs84 = QgsCoordinateTransform(
            QgsCoordinateReferenceSystem(f"EPSG:{GEOGRAPHIC_EPSG}"), crs, context.project()
        )
        fields = make_fields(ACCIDENT_FIELDS)
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, fields, WKB_POINT, crs)
        written = outside = 0
        for number, path in enumerate(paths):
            check_cancel(feedback)
            read = read_accidents(read_input(path), path, who)
            kept = []
            for accident in read.accidents:
                point = QgsPointXY(accident.x, accident.y)
                if accident.epsg == GEOGRAPHIC_EPSG:
                    point = from_wgs84.transform(point)
                if extent is not None and not extent.contains(point):
                    outside += 1
                else:
                    kept.append(accident_feature(fields, accident, point))
            add_in_batches(sink, kept, feedback)
            written += len(kept)
            feedback.pushInfo(
                self.tr(
                    "{path}: {rows} rows, {kept} accidents kept; left out: {other} with other road "
                    "users, {unplaced} without position, {uncategorised} without accident category."
                ).format(
                    path=path,
                    rows=read.rows,
                    kept=len(read.accidents),
                    other=read.not_involved,
                    unplaced=read.without_position,
                    uncategorised=read.without_category,
                )
            )
            feedback.setProgress(100.0 * (number + 1) / len(paths))
        if extent is not None:
            feedback.pushInfo(self.tr("{count} accidents lie outside the extent.").format(count=outside))
        if not written:
            feedback.reportError(self.tr("No accident matched; the layer is empty."))
        feedback.pushInfo(self.tr("{count} accidents written.").format(count=written))
        return {self.OUTPUT: dest_id}


def accident_feature(fields, accident, point):
    feature = QgsFeature(fields)
    feature.setGeometry(QgsGeometry.fromPointXY(point))
    feature.setAttributes(
        [
            accident.accident_id,
            accident.year,
            accident.month,
            accident.weekday,
            accident.hour,
            accident.category,
            tr(SEVERITIES[accident.category]),
            accident.pedestrian,
            accident.bicycle,
            accident.kind,
            accident.accident_type,
            accident.light,
            accident.weight,
        ]
    )
    return feature
