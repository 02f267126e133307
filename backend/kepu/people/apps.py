from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PeopleConfig(AppConfig):
    name = "kepu.people"
    label = "people"
    verbose_name = _("Popularizers and volunteers")

    def ready(self) -> None:
        from kepu.stats.sections import ReturnSection, register_return_section

        from .returns import personnel_block, personnel_tables

        register_return_section(
            ReturnSection(key="personnel", position=10, build=personnel_block, tables=personnel_tables)
        )
