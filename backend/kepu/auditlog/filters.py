import django_filters


class AuditEntryFilter(django_filters.FilterSet):
    """Narrow the audit log by object, actor, action and time (dates are Asia/Shanghai days)."""

    target_type = django_filters.CharFilter(max_length=64)
    target_id = django_filters.CharFilter(max_length=64)
    actor = django_filters.NumberFilter(field_name="actor_id", min_value=1)
    action = django_filters.CharFilter(max_length=64)
    date_from = django_filters.DateFilter(field_name="created_at", lookup_expr="date__gte")
    date_to = django_filters.DateFilter(field_name="created_at", lookup_expr="date__lte")
