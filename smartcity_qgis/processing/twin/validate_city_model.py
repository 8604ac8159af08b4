"""smartcity:validatecitymodel — a CityGML or CityJSON file checked against the bundled official schemas."""

from __future__ import annotations

import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
)
from qgis.PyQt.QtCore import QMetaType

from ...core.errors import FormatError
from ...core.separate_python import run_function
from ...core.twin.validation import MOST_PROBLEMS, Problem, Report, cityjson_report
from ...qgisbridge.compat import SOURCE_VECTOR, WKB_NONE
from ...qgisbridge.i18n import local_format
from ...qgisbridge.layers import add_in_batches, make_fields
from ..base import SmartCityAlgorithm, check_cancel, read_input
from .params import CITY_MODEL_ENDINGS, add_city_model_file

PROBLEM_FIELDS = (
    ("line", QMetaType.Type.Int),
    ("object_id", QMetaType.Type.QString),
    ("problem", QMetaType.Type.QString),
)


class ValidateCityModelAlgorithm(SmartCityAlgorithm):
    ALG_ID = "validatecitymodel"
    GROUP_ID = "twin"
    INPUT = "INPUT"
    OUTPUT = "OUTPUT"
    VALID = "VALID"
    PROBLEMS = "PROBLEMS"
    SCHEMA = "SCHEMA"

    def displayName(self):
        return self.tr("Validate 3D city model (CityGML, CityJSON)")

    def help_text(self):
        return self.tr(
            "Checks a CityGML 1.0, 2.0 or 3.0 file against the official XML schemas of its version "
            "and a CityJSON 2.0 or CityJSONSeq file against the official CityJSON 2.0 JSON schemas, "
            "all bundled with the plugin (no internet needed), and lists every problem with its "
            "line and the id of the city object it lies in - a table to sort and filter, e.g. "
            "before sending an enriched LoD2 file or an export to the city model's keeper. Files "
            "over 100 MB are checked city object by city object (memory stays small; what lies "
            "outside the city objects is then not checked). CityJSON needs the Python package "
            "jsonschema."
        )

    def initAlgorithm(self, config=None):
        add = self.addParameter
        add_city_model_file(self, self.INPUT)
        add(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Schema problems"), SOURCE_VECTOR))
        self.addOutput(QgsProcessingOutputBoolean(self.VALID, self.tr("Valid")))
        self.addOutput(QgsProcessingOutputNumber(self.PROBLEMS, self.tr("Problems")))
        self.addOutput(QgsProcessingOutputString(self.SCHEMA, self.tr("Schema")))

    def process(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, self.INPUT, context)
        name = os.path.basename(path)
        feedback.pushInfo(self.tr("Checking {name} against the official schemas …").format(name=name))
        if path.lower().endswith(CITY_MODEL_ENDINGS):
            report = cityjson_report(read_input(path), name)
        else:
            report = citygml_report(path, feedback.isCanceled)
        check_cancel(feedback)
        fields = make_fields(PROBLEM_FIELDS)
        sink, dest_id = self.create_sink(
            parameters, self.OUTPUT, context, fields, WKB_NONE, QgsCoordinateReferenceSystem()
        )
        add_in_batches(sink, (problem_feature(fields, problem) for problem in report.problems), feedback)
        if not report.problems:
            feedback.pushInfo(self.tr("{name} is valid ({schema}).").format(name=name, schema=report.schema))
        else:
            first = report.problems[0]
            feedback.pushWarning(
                local_format(
                    self.tr(
                        "{name}: {count:,} problems against {schema}; the first, line {line} ({id}): {text}"
                    ),
                    name=name,
                    count=len(report.problems),
                    schema=report.schema,
                    line=first.line or 0,
                    id=first.object_id or "-",
                    text=first.message,
                )
            )
        if not report.complete:
            feedback.pushWarning(
                self.tr("Only the first {count} problems are listed.").format(count=MOST_PROBLEMS)
            )
        return {
            self.OUTPUT: dest_id,
            self.VALID: not report.problems,
            self.PROBLEMS: len(report.problems),
            self.SCHEMA: report.schema,
        }


def citygml_report(path, is_cancelled):
    """The core's CityGML check run in a separate Python: compiling XSDs in QGIS's process can
    crash the libxml2 it shares with GDAL."""
    answer = run_function("smartcity_qgis.core.twin.validation", [path], is_cancelled)
    if "error" in answer:
        raise FormatError(answer["error"], **answer["params"])
    problems = [Problem(**problem) for problem in answer["problems"]]
    return Report(answer["schema"], problems, answer["complete"])


def problem_feature(fields, problem):
    feature = QgsFeature(fields)
    feature.setAttributes([problem.line, problem.object_id, problem.message])
    return feature
