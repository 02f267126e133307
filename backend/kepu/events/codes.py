"""Check-in codes: short enough to type at the door, long enough not to be guessed."""

import secrets

# 32 symbols without the look-alikes 0/O, 1/I: 8 characters carry 40 bits.
CHECK_IN_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CHECK_IN_CODE_LENGTH = 8


def new_check_in_code() -> str:
    return "".join(secrets.choice(CHECK_IN_ALPHABET) for _ in range(CHECK_IN_CODE_LENGTH))
