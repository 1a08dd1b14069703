"""The README's console sessions run as written (see tests/readme_tour.py)."""

from __future__ import annotations

import readme_tour


def test_every_console_block_is_a_checked_session() -> None:
    text = readme_tour.README.read_text()
    assert text.count("```console\n") == len(readme_tour.sessions(text)) >= 4


def test_the_readme_sessions_print_what_the_readme_shows() -> None:
    problems, _ = readme_tour.check(readme_tour.README.read_text())
    assert not problems, "\n\n".join(problems)


def test_a_fresh_id_must_stand_for_one_id_throughout() -> None:
    readme = "created user 11111111-1111-4111-8111-111111111111"
    first = "created user 22222222-2222-4222-8222-222222222222"
    other = "created user 33333333-3333-4333-8333-333333333333"
    ids = readme_tour.Ids()
    assert readme_tour.same_shape([readme], [first], ids)
    assert readme_tour.same_shape([readme], [first], ids)
    assert not readme_tour.same_shape([readme], [other], ids)
    assert ids.typed("evtcli user show 1111 and 11111111") == "evtcli user show 2222 and 22222222"


def test_what_varies_must_keep_its_shape() -> None:
    ids = readme_tour.Ids()
    assert readme_tour.same_shape(["in 0.06 s, 2842 events/s"], ["in 1.20 s, 12 events/s"], ids)
    assert not readme_tour.same_shape(["in 0.06 s"], ["in 0.06 s!"], ids)
    assert not readme_tour.same_shape(["2 users"], ["3 users"], ids)
    assert not readme_tour.same_shape(["a", "b"], ["a"], ids)
