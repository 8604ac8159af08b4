"""URL routes of the local SensorThings API server: the API under /sensorthings/v1.1/."""

from django.urls import include, path

urlpatterns = [path("sensorthings/", include("sensorthings.versions.v1_1.urls"))]
