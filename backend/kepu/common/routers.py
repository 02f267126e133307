from rest_framework.routers import SimpleRouter


class IdRouter(SimpleRouter):
    """Object routes match numeric ids only, so ``/areas/abc/`` is a clean 404 rather than a lookup error."""

    def get_lookup_regex(self, viewset, lookup_prefix=""):
        if getattr(viewset, "lookup_value_regex", None) is None:
            viewset.lookup_value_regex = r"\d+"
        return super().get_lookup_regex(viewset, lookup_prefix)
