from django.apps import AppConfig


class MaterialsConfig(AppConfig):
    name = "kepu.materials"
    label = "materials"
