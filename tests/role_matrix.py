"""Shared by the route × role permission matrices: the roles of the small district and how an answer is read."""

ROLES = ["anonymous", "resident", "organizer", "other_organizer", "staff", "other_staff", "district_staff"]
# Refused: asked to sign in (401) or signed in and not allowed (403), whichever the authentication says.
DENIED = {401, 403}


def assert_answer(response, expected, *, role: str, route: str) -> None:
    """``expected`` is a status, or ``DENIED`` for either refusal."""
    if expected is DENIED:
        assert response.status_code in DENIED, (role, route, response.status_code)
    else:
        assert response.status_code == expected, (role, route, response.status_code, getattr(response, "data", None))
