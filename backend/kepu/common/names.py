"""People's names as they may be shown where the person is not known to the reader (paper, devices)."""


def mask_name(name: str) -> str:
    """张* · 王*明 · 欧**锋: the first and (from three characters on) the last character, the rest starred.

    Enough for someone at the door to recognise themselves on a list, not enough to learn who came.
    """
    name = name.strip()
    if not name:
        return "—"
    if len(name) == 1:
        return name
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]
