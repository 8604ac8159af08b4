"""Parameters shared by the algorithms that read an urban data platform, and the transport for them."""

from qgis.core import (
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...core.errors import N_, InputError
from ...core.platforms.connection import PLATFORMS, Platform
from ...qgisbridge.compat import NUMBER_INTEGER, PARAMETER_ADVANCED
from ...qgisbridge.i18n import tr
from ...qgisbridge.settings import setting
from ...qgisbridge.transport import QgisTransport

PLATFORM_LABELS = (
    N_("OGC SensorThings API (FROST, …)"),
    N_("NGSI-LD context broker"),
    N_("NGSI-v2 context broker"),
)
KIND = "PLATFORM"
URL = "URL"
ENTITY_TYPE = "ENTITY_TYPE"
TENANT = "TENANT"
SERVICE_PATH = "SERVICE_PATH"
CONTEXT = "CONTEXT"
AUTHCFG = "AUTHCFG"
MAX_FEATURES = "MAX_FEATURES"

PLATFORM_HELP = N_(
    "Platform: the service root of a SensorThings API (e.g. https://…/FROST-Server/v1.1) or the "
    "address of an NGSI-LD or NGSI-v2 context broker. NGSI brokers need the entity type(s), "
    "comma-separated; tenant (NGSILD-Tenant / Fiware-Service), service path and @context are "
    "optional. For protected platforms choose an authentication configuration: credentials stay "
    "in the QGIS authentication database and never appear in logs or outputs."
)


def add_platform_parameters(algorithm):
    """Add the platform connection parameters (kind, URL, NGSI details, authentication, limit)."""
    algorithm.addParameter(
        QgsProcessingParameterEnum(
            KIND, tr("Platform"), options=[tr(label) for label in PLATFORM_LABELS], defaultValue=0
        )
    )
    algorithm.addParameter(QgsProcessingParameterString(URL, tr("Service URL")))
    algorithm.addParameter(
        QgsProcessingParameterString(ENTITY_TYPE, tr("NGSI entity type(s)"), optional=True)
    )
    advanced = (
        QgsProcessingParameterString(TENANT, tr("NGSI tenant / Fiware-Service"), optional=True),
        QgsProcessingParameterString(SERVICE_PATH, tr("NGSI-v2 service path"), optional=True),
        QgsProcessingParameterString(CONTEXT, tr("NGSI-LD @context URL"), optional=True),
    )
    for parameter in advanced:
        parameter.setFlags(parameter.flags() | PARAMETER_ADVANCED)
        algorithm.addParameter(parameter)
    algorithm.addParameter(QgsProcessingParameterAuthConfig(AUTHCFG, tr("Authentication"), optional=True))
    algorithm.addParameter(
        QgsProcessingParameterNumber(
            MAX_FEATURES,
            tr("Maximum number of features"),
            NUMBER_INTEGER,
            defaultValue=setting("network/max_features"),
            minValue=1,
        )
    )


def platform_from_parameters(algorithm, parameters, context):
    """The :class:`Platform` described by the parameters."""
    url = algorithm.parameterAsString(parameters, URL, context).strip()
    if not url.lower().startswith(("http://", "https://")):
        raise InputError(N_("The service URL must start with http:// or https://."))
    return Platform(
        kind=PLATFORMS[algorithm.parameterAsEnum(parameters, KIND, context)],
        url=url,
        entity_type=algorithm.parameterAsString(parameters, ENTITY_TYPE, context).strip(),
        tenant=algorithm.parameterAsString(parameters, TENANT, context).strip(),
        service_path=algorithm.parameterAsString(parameters, SERVICE_PATH, context).strip(),
        context=algorithm.parameterAsString(parameters, CONTEXT, context).strip(),
        authcfg=algorithm.parameterAsString(parameters, AUTHCFG, context),
    )


def max_features(algorithm, parameters, context):
    return algorithm.parameterAsInt(parameters, MAX_FEATURES, context)


def platform_transport(platform, feedback):
    """The QGIS transport (proxy, authcfg, cancel through ``feedback``) for ``platform``."""
    return QgisTransport(authcfg=platform.authcfg, feedback=feedback, service_url=platform.url)


def notifier(feedback):
    """A core ``notify`` callback that shows translated notices as processing warnings."""

    def notify(template, **params):
        feedback.pushWarning(tr(template).format(**params))

    return notify


def progress_reporter(feedback):
    """A core ``progress(done, total)`` callback driving the processing progress bar."""

    def progress(done, total):
        if total:
            feedback.setProgress(min(100.0, 100.0 * done / total))

    return progress
