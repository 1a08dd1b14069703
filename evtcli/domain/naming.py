"""How people name a stream: an id, a unique id prefix, or the value of a claim.

Every aggregate's streams are named by their id or a unique prefix of it (at least
``MIN_PREFIX`` characters). An aggregate may also declare a :class:`Naming`: the claim
whose value names a stream (a user's email, a group's name). The resolver in
``evtcli.api.streams`` reads this declaration for every aggregate; the wording of
its refusals is made here, from the declaration, so each aggregate says the same
thing the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from evtcli.errors import AmbiguousReference, NotFound

MIN_PREFIX = 4
# Ids a prefix lookup reads: one more than the ten an ambiguity lists, so it knows
# whether there were more than ten.
LOOKUP_LIMIT = 11
SHOWN_MATCHES = LOOKUP_LIMIT - 1


@dataclass(frozen=True)
class Naming:
    """A claim whose value names a stream of the aggregate that declares it.

    ``claim`` is the claim's name (a claim the aggregate declares); ``key`` turns a
    reference into that claim's comparison key. With ``only_when``, a reference it
    accepts is looked up by the claim alone (an email: it has an ``@``) and any other
    reference by id alone; without it, every reference is tried both ways, and one
    that is a value and the start of another stream's id is ambiguous. With
    ``former``, a value no stream holds also names the one stream that held it when
    it ended (the destroyed user whose email it was). ``said`` is how a refusal says
    a stream holds the value ("has or had the email", "is named").
    """

    claim: str
    key: Callable[[str], str]
    said: str
    only_when: Callable[[str], bool] | None = None
    former: bool = False


def matches(what: str, reference: str, found: list[str]) -> str:
    """The one id a prefix lookup found, or the refusal that says why not."""
    if not found:
        raise NotFound(f"no {what} matches {reference!r}", f"list them with 'evtcli {what} list --all'")
    if len(found) > 1:
        raise AmbiguousReference(
            f"{reference!r} matches {_count(found)} {what}s: {_listed(found)}", "give more characters of the id"
        )
    return found[0]


def too_short(what: str, reference: str, naming: Naming | None) -> NotFound:
    """A reference too short to be an id prefix; the hint names what else the aggregate
    takes (a user's email, a group's name), or only ids when it declares no naming."""
    other = "" if naming is None else f" or {'an' if naming.claim[:1] in 'aeiou' else 'a'} {naming.claim}"
    ids = f"at least {MIN_PREFIX} characters of the id, the full id" if other else f"at least {MIN_PREFIX} characters of the id or the full id"
    return NotFound(f"{what} reference {reference!r} is too short", f"give {ids}{other}")


def by_value_missing(what: str, naming: Naming, reference: str, *, or_id: bool) -> NotFound:
    """Nothing holds the value (``or_id``: and no id starts with it either)."""
    if or_id:
        return NotFound(
            f"no {what} {naming.said} {reference!r}, and no {what}'s id starts with it",
            f"list them with 'evtcli {what} list --all'",
        )
    return NotFound(f"no {what} {naming.said} {reference}", f"list {what}s with 'evtcli {what} list --all'")


def former_holders(what: str, naming: Naming, reference: str, found: list[str]) -> AmbiguousReference:
    return AmbiguousReference(
        f"{reference} was the {naming.claim} of {_count(found)} destroyed {what}s: {_listed(found)}",
        f"give the {what}'s id or a unique prefix of it",
    )


def value_and_prefix(what: str, naming: Naming, reference: str, named: str, by_id: str) -> AmbiguousReference:
    return AmbiguousReference(
        f"{reference!r} is the {naming.claim} of {what} {named} and the start of the id of {what} {by_id}",
        "give more characters of the id",
    )


def _count(found: list[str]) -> str:
    return "more than 10" if len(found) > SHOWN_MATCHES else str(len(found))


def _listed(found: list[str]) -> str:
    return ", ".join(found[:SHOWN_MATCHES]) + (", …" if len(found) > SHOWN_MATCHES else "")
