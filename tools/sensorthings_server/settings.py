"""Django settings of the local SensorThings API server used by the tests, demo and benchmarks."""

import os
from uuid import UUID

SECRET_KEY = "local-sensorthings-server"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
USE_TZ = True
INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "sensorthings.versions.v1_1",
    "sensorthings.versions.v1_1.backends.django",
    "sensorthings.versions.v1_1.extensions.dataarray",
]
ROOT_URLCONF = "urls"
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.environ["STA_DATABASE"]}}
SENSORTHINGS_V1_1_SERVICE_URL = f"http://127.0.0.1:{os.environ['STA_PORT']}/sensorthings"
SENSORTHINGS_V1_1_BACKEND_ADAPTER = "sensorthings.versions.v1_1.backends.django.adapter.DjangoBackendAdapter"
SENSORTHINGS_V1_1_ID_TYPE = UUID
SENSORTHINGS_V1_1_ID_DELIMITER = "'"
SENSORTHINGS_V1_1_MAX_TOP = int(os.environ.get("STA_MAX_TOP", "100"))
LOGGING = {"version": 1, "disable_existing_loggers": True}
