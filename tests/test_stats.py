"""``evtcli stats`` (§10): events per aggregate and type, streams per status, projection
lag, head position and database size, checked against counts taken from the sample file."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from evtcli.domain.declared import MODEL

from conftest import Cli, is_file_url

SAMPLE = Path(__file__).resolve().parents[1] / "sample_events.jsonl"


def expected_from_the_sample() -> dict[str, Any]:
    """What stats must say, from the file alone: its lines counted, its streams folded."""
    lines = [json.loads(line) for line in SAMPLE.read_text().splitlines() if line.strip()]
    types: dict[str, Counter[str]] = {name: Counter() for name in MODEL.aggregates}
    states: dict[tuple[str, str], Any] = {}
    for event in lines:
        name, stream = event["aggregate"], event["aggregate_id"]
        types[name][event["type"]] += 1
        states[name, stream] = MODEL.aggregate(name).fold(
            states.get((name, stream)), stream, event["version"], event["type"],
            event.get("schema_version", 1), event["payload"], event["recorded_at"],
        )
    statuses = {name: Counter(state.status for (of, _), state in states.items() if of == name) for name in MODEL.aggregates}
    return {
        "head": len(lines),
        "events": len(lines),
        "aggregates": {
            name: {
                "events": sum(types[name].values()),
                "types": {type_name: types[name][type_name] for type_name in aggregate.event_types},
                "statuses": {status: statuses[name][status] for status in aggregate.statuses},
                # An import snapshots every stream K (100) or more events long that is not forgotten.
                "snapshots": sum(
                    1
                    for (of, _), state in states.items()
                    if of == name and state.version >= 100 and state.status != aggregate.erased
                ),
            }
            for name, aggregate in MODEL.aggregates.items()
        },
    }


def stats_json(cli: Cli) -> dict[str, Any]:
    result = cli("stats", "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def database_bytes(db: str) -> int:
    return sum(path.stat().st_size for path in (Path(db), Path(f"{db}-wal"), Path(f"{db}-journal")) if path.exists())


def test_stats_of_the_sample_match_the_file(cli: Cli) -> None:
    assert cli("events", "import", str(SAMPLE)).exit_code == 0
    expected = expected_from_the_sample()
    figures = stats_json(cli)
    assert {key: figures[key] for key in expected} == expected
    assert [(p["checkpoint"], p["lag"]) for p in figures["projections"]] == [(expected["head"], 0)] * 3
    assert [p["name"] for p in figures["projections"]] == ["users", "groups", "group_members"]
    if is_file_url(cli.db):
        assert figures["database_bytes"] == database_bytes(cli.db)
    else:
        assert figures["database_bytes"] > 0


def test_stats_of_an_empty_store_list_every_declared_type_and_status_at_zero(cli: Cli) -> None:
    assert cli("init").exit_code == 0
    figures = stats_json(cli)
    assert figures["head"] == figures["events"] == 0
    for name, aggregate in MODEL.aggregates.items():
        assert figures["aggregates"][name] == {
            "events": 0,
            "types": dict.fromkeys(aggregate.event_types, 0),
            "statuses": dict.fromkeys(aggregate.statuses, 0),
            "snapshots": 0,
        }


def test_stats_for_people(cli: Cli) -> None:
    assert cli("events", "import", str(SAMPLE)).exit_code == 0
    expected = expected_from_the_sample()
    out = cli("stats").stdout.splitlines()
    assert out[0].startswith(f"{expected['events']} events, head position {expected['head']}, database ")
    users = expected["aggregates"]["user"]["statuses"]
    assert out[1] == "users: " + ", ".join(f"{count} {status}" for status, count in users.items())
    assert out[3].split() == ["aggregate", "type", "events"]
    assert out[4].split() == ["user", "Created", str(expected["aggregates"]["user"]["types"]["Created"])]
    assert "projection" in out[-4] and out[-3].split()[:3] == ["users", str(expected["head"]), "0"]
    assert all(line == line.rstrip() for line in out)


def test_stats_shows_each_consumers_lag(cli: Cli) -> None:
    assert cli("events", "import", str(SAMPLE)).exit_code == 0
    assert stats_json(cli)["consumers"] == []
    assert cli("consumer", "create", "mailer", "--type", "Created", "--from", "100").exit_code == 0
    head = stats_json(cli)["head"]
    (consumer,) = stats_json(cli)["consumers"]
    assert (consumer["name"], consumer["checkpoint"], consumer["lag"], consumer["types"]) == ("mailer", 100, head - 100, ["Created"])
    out = cli("stats").stdout.splitlines()
    assert out[-2].split() == ["consumer", "checkpoint", "lag", "held", "by"]
    assert out[-1].split() == ["mailer", "100", str(head - 100), "-"]


def test_stats_of_a_missing_sqlite_file_refuses_and_creates_nothing(cli: Cli) -> None:
    result = cli("stats")
    assert result.exit_code == 1 and result.stderr.startswith("error: no database at ")
    assert not Path(cli.db).exists()


def test_stats_counts_the_sqlite_wal_file(cli: Cli) -> None:
    import sqlite3

    assert cli("init").exit_code == 0
    reader = sqlite3.connect(cli.db)  # while another connection is open, the WAL is not folded back at close
    try:
        reader.execute("SELECT count(*) FROM sqlite_master").fetchall()
        assert cli("events", "import", str(SAMPLE)).exit_code == 0
        wal = Path(f"{cli.db}-wal")
        assert wal.exists() and wal.stat().st_size > 0
        assert stats_json(cli)["database_bytes"] == database_bytes(cli.db) > Path(cli.db).stat().st_size
    finally:
        reader.close()
