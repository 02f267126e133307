from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PeopleConfig(AppConfig):
    name = "kepu.people"
    label = "people"
    verbose_name = _("Popularizers and volunteers")

    def ready(self) -> None:
        from kepu.stats.sections import ReturnSection, ScorecardRule, register_return_section, register_scorecard_rule

        from .returns import personnel_block, personnel_tables
        from .selectors import registered_volunteers, volunteer_team_threshold

        register_return_section(
            ReturnSection(key="personnel", position=10, build=personnel_block, tables=personnel_tables)
        )
        register_scorecard_rule(
            ScorecardRule(
                key="volunteers",
                required=volunteer_team_threshold,
                values=registered_volunteers,
                label=_("Registered volunteers"),
            )
        )
