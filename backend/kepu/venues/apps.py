from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VenuesConfig(AppConfig):
    name = "kepu.venues"
    label = "venues"
    verbose_name = _("Venues and science galleries")

    def ready(self) -> None:
        from kepu.stats.sections import ReturnSection, ScorecardRule, register_return_section, register_scorecard_rule

        from .returns import venue_tables, venues_block
        from .selectors import (
            activity_site_threshold,
            activity_sites,
            best_gallery_refreshes,
            gallery_refresh_threshold,
        )

        register_return_section(ReturnSection(key="venues", position=20, build=venues_block, tables=venue_tables))
        register_scorecard_rule(
            ScorecardRule(
                key="gallery_refreshes",
                required=gallery_refresh_threshold,
                values=best_gallery_refreshes,
                label=_("Gallery refreshes"),
            )
        )
        register_scorecard_rule(
            ScorecardRule(
                key="activity_sites",
                required=activity_site_threshold,
                values=activity_sites,
                label=_("Activity rooms and rural sites"),
            )
        )
