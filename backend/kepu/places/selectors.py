from django.db.models import QuerySet

from .models import Area


def area_subtree(*, area: Area) -> QuerySet[Area]:
    """The area and everything under it: one indexed prefix match on the tree path."""
    return Area.objects.filter(path__startswith=area.path)
