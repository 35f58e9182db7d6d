"""Rules for the coach's passphrase: a minimum length and a strength hint."""

from __future__ import annotations

from omavalmentaja.messages import Message

MIN_LENGTH = 12


def passphrase_problems(passphrase: str) -> list[Message]:
    problems = []
    if len(passphrase) < MIN_LENGTH:
        problems.append(Message.of("domain.passphrase_too_short", MIN_LENGTH))
    if passphrase.strip() != passphrase:
        problems.append(Message.of("domain.passphrase_spaces"))
    return problems


def strength(passphrase: str) -> int:
    """0 (very weak) to 4 (strong): a hint from length and variety, not a guarantee."""
    if not passphrase:
        return 0
    classes = sum(
        any(test(ch) for ch in passphrase)
        for test in (str.islower, str.isupper, str.isdigit, lambda ch: not ch.isalnum())
    )
    words = len(passphrase.split())
    score = 0
    if len(passphrase) >= MIN_LENGTH:
        score += 1
    if len(passphrase) >= 16:
        score += 1
    if classes >= 3 or words >= 4:
        score += 1
    if len(passphrase) >= 24 and len(set(passphrase)) >= 10:
        score += 1
    return min(score, 4)
