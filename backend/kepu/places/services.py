from django.db import transaction

from kepu.common.audit import audit_record

from .models import Area


@transaction.atomic
def area_save(*, area: Area, by=None) -> Area:
    """Save an area and keep the tree paths of it and its whole subtree right."""
    created = area.pk is None
    if created:
        area.path = ""
        area.save()
    parent_path = area.parent.path if area.parent_id else "/"
    old_path = area.path
    new_path = f"{parent_path}{area.pk}/"
    area.path = new_path
    area.save()
    if old_path and old_path != new_path:
        for child in Area.objects.filter(path__startswith=old_path).exclude(pk=area.pk):
            child.path = new_path + child.path[len(old_path) :]
            child.save(update_fields=["path"])
    audit_record(actor=by, action="area.created" if created else "area.updated", target=area,
                 changes={"name": area.name, "parent": area.parent_id})
    return area
