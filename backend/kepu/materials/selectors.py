from django.db.models import QuerySet

from kepu.accounts.policies import Viewer

from .models import Distribution, Material
from .permissions import visible_distributions_q


def material_list(*, active_only: bool = False) -> QuerySet[Material]:
    qs = Material.objects.all()
    return qs.filter(is_active=True) if active_only else qs


def distribution_list(*, user: Viewer) -> QuerySet[Distribution]:
    """Distributions the user may see, with what the list shows fetched in the same query."""
    return (
        Distribution.objects.filter(visible_distributions_q(user))
        .select_related("material", "area", "event")
        .order_by("-date", "-id")
    )
