"""Serializer plumbing shared by the apps."""

import copy
from typing import Any


class FieldsBuiltOnce:
    """A ModelSerializer whose fields are built from the model once per class, not for every request.

    Building them means introspecting the model field by field (a good part of a list page's cost);
    each serializer still gets its own copies, since fields are bound to their parent.
    """

    def get_fields(self) -> dict[str, Any]:
        cls = type(self)
        template = cls.__dict__.get("_fields_template")
        if template is None:
            template = super().get_fields()  # type: ignore[misc]
            cls._fields_template = template  # type: ignore[attr-defined]
        return copy.deepcopy(template)
