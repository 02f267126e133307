from functools import cached_property
from typing import Any

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import QuerySet
from rest_framework import pagination
from rest_framework.response import Response


class PageNumberPagination(pagination.PageNumberPagination):
    page_size_query_param = "page_size"
    max_page_size = settings.KEPU["MAX_PAGE_SIZE"]


class BoundedCountPaginator(Paginator):
    """Counts at most ``limit`` rows, so a page never costs a scan of the whole history.

    ``count`` is exact up to ``limit``; past it, ``count`` is ``limit`` and ``count_exact`` false. Pages
    end at ``limit`` too, which also bounds the OFFSET a deep page scans.
    """

    limit = 10_000

    @cached_property
    def _bounded(self) -> tuple[int, bool]:
        queryset: QuerySet[Any] = self.object_list  # type: ignore[assignment]  # only ever given querysets
        rows = queryset.order_by().values("pk")[: self.limit + 1].count()
        return min(rows, self.limit), rows <= self.limit

    @cached_property
    def count(self) -> int:
        return self._bounded[0]

    @property
    def count_exact(self) -> bool:
        return self._bounded[1]


class BoundedCountPagination(PageNumberPagination):
    """Page numbers over a list whose count stops at ``settings.KEPU['LIST_COUNT_LIMIT']`` rows."""

    def django_paginator_class(self, object_list: Any, per_page: int) -> BoundedCountPaginator:  # type: ignore[override]
        paginator = BoundedCountPaginator(object_list, per_page)
        paginator.limit = settings.KEPU["LIST_COUNT_LIMIT"]
        return paginator

    def get_paginated_response(self, data: Any) -> Response:
        response = super().get_paginated_response(data)
        paginator = self.page.paginator if self.page is not None else None
        response.data["count_exact"] = isinstance(paginator, BoundedCountPaginator) and paginator.count_exact
        return response

    def get_paginated_response_schema(self, schema: dict) -> dict:
        paginated = super().get_paginated_response_schema(schema)
        paginated["properties"]["count_exact"] = {
            "type": "boolean",
            "description": "False when there are more rows than `count` says: narrow the filters to page further.",
        }
        paginated["required"] = [*paginated.get("required", []), "count_exact"]
        return paginated
