from django.db import migrations

AUDIENCES = [
    ("youth", "青少年", "Youth"),
    ("urban_residents", "城镇居民", "Urban residents"),
    ("farmers", "农民", "Farmers"),
    ("industrial_workers", "产业工人", "Industrial workers"),
    ("elderly", "老年人", "Seniors"),
    ("cadres", "领导干部和公务员", "Cadres and civil servants"),
    ("general_public", "社会公众", "General public"),
]


def create_audiences(apps, schema_editor):
    Audience = apps.get_model("events", "Audience")
    for ordering, (key, name_zh, name_en) in enumerate(AUDIENCES):
        Audience.objects.update_or_create(
            key=key, defaults={"name_zh": name_zh, "name_en": name_en, "ordering": ordering}
        )


class Migration(migrations.Migration):
    dependencies = [("events", "0001_initial")]
    operations = [migrations.RunPython(create_audiences, migrations.RunPython.noop)]
