from django.urls import path

from .apis import ChoiceCatalogueApi

urlpatterns = [path("meta/choices/", ChoiceCatalogueApi.as_view(), name="choice-catalogue")]
