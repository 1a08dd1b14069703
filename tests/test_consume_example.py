"""The README's consumer example: docs/examples/send-welcome.sh fed by `evtcli consume`
writes one welcome mail per new user, and a batch delivered again sends nothing twice."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Cli

from evtcli.api import Store

SCRIPT = Path(__file__).resolve().parents[1] / "docs" / "examples" / "send-welcome.sh"
PASSWORD = "correct horse battery"


def test_the_welcome_mailer_sends_each_new_user_one_mail(
    cli: Cli, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.create_user("Ada Lovelace", "ada@example.com", PASSWORD)
    assert cli("consumer", "create", "mailer", "--aggregate", "user", "--type", "Created").exit_code == 0
    store.create_group("Engines")  # a Created of another aggregate: passed over
    for name in ("Bob Stone", "Cy Young"):
        store.create_user(name, f"{name.split()[0].lower()}@example.com", PASSWORD)
    outbox = tmp_path / "outbox"
    monkeypatch.setenv("OUTBOX", str(outbox))
    done = cli("consume", "mailer", "--batch", "5", "--", str(SCRIPT))
    assert done.exit_code == 0, done.stderr
    mails = sorted(path.read_text().splitlines()[0] for path in outbox.iterdir())
    assert mails == ["To: Bob Stone <bob@example.com>", "To: Cy Young <cy@example.com>"]
    assert store.consumer("mailer").checkpoint == store.head()
    # Delivered again (a reset, or a crash before the checkpoint moved): no second mail.
    assert cli("consumer", "reset", "mailer", "--to", "start").exit_code == 0
    assert cli("consume", "mailer", "--", str(SCRIPT)).exit_code == 0
    assert len(list(outbox.iterdir())) == 3 and not list(outbox.glob("*.part"))
