#!/usr/bin/env python3
"""What sealing personal data (§9) costs: the same history, plaintext and sealed.

    python benchmarks/sealed.py --events 100000

Generates N synthetic events (``generate.py``) and a copy of them as evtcli writes
them since schema version 4: each user's name, email and password hash sealed with
a key of the user's own (``schema_version`` 2), with the keys file. Then times, in
this process, on a fresh SQLite file each: ``import`` (the sealed copy with
``--keys``), ``replay``, ``export`` and ``verify``, alternating plaintext and sealed
runs, and prints the medians and their ratio. It is a benchmark: nothing asserts.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent


def _generate_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("evtcli_benchmark_generate", HERE / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def write_histories(events: int, directory: Path) -> tuple[Path, Path, Path]:
    """The plaintext file, its sealed copy and the sealed copy's keys file."""
    from evtcli.domain.declared import MODEL
    from evtcli.domain.events import canonical_json
    from evtcli.jsonl.keys import key_lines
    from evtcli.store.keys import cipher_for, new_key, seal_value

    generate = _generate_module()
    plain, sealed, keys_path = directory / "plain.jsonl", directory / "sealed.jsonl", directory / "sealed.keys"
    keys: dict[str, bytes] = {}
    user = MODEL.aggregate("user")
    with plain.open("w") as plain_out, sealed.open("w") as sealed_out:
        for line in generate.synthetic_lines(events, generate.DEFAULT_SEED):
            plain_out.write(line + "\n")
            event = json.loads(line)
            event_type = user.event_types[event["type"]]
            if event_type.sealed_since is not None:
                user_id = event["aggregate_id"]
                cipher = cipher_for(keys.setdefault(user_id, new_key()))
                event["payload"] = {
                    name: seal_value(cipher, user_id, name, value) if name in event_type.personal else value
                    for name, value in event["payload"].items()
                }
                event["schema_version"] = event_type.schema_version
            sealed_out.write(canonical_json(event) + "\n")
    keys_path.write_text("".join(line + "\n" for line in key_lines(("user", i, k) for i, k in keys.items())))
    return plain, sealed, keys_path


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000, metavar="N")
    parser.add_argument("--repeat", type=int, default=3, metavar="R")
    args = parser.parse_args(argv)

    import evtcli

    figures: dict[tuple[str, str], list[float]] = {}
    with tempfile.TemporaryDirectory() as work:
        directory = Path(work)
        plain, sealed, keys = write_histories(args.events, directory)
        for run in range(args.repeat):
            for kind, source in (("plaintext", plain), ("sealed", sealed)):
                db = directory / f"{kind}-{run}.db"
                with evtcli.open_store(str(db), create=True) as store:
                    with source.open("rb") as events:
                        key_stream = keys.open("rb") if kind == "sealed" else None
                        seconds = timed(lambda: store.import_events(events, keys=key_stream))
                        if key_stream is not None:
                            key_stream.close()
                    figures.setdefault(("import", kind), []).append(seconds)
                    figures.setdefault(("replay", kind), []).append(timed(store.replay))
                    figures.setdefault(("export", kind), []).append(
                        timed(lambda: sum(1 for _ in store.export_lines()))
                    )
                    figures.setdefault(("verify", kind), []).append(timed(store.verify))
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{db}{suffix}").unlink(missing_ok=True)
    print(f"sealed personal data: {args.events} events, median of {args.repeat}, in-process, SQLite")
    print(f"{'step':<8} {'plaintext s':>12} {'sealed s':>10} {'sealed speed':>13}")
    for step in ("import", "replay", "export", "verify"):
        plain_s = statistics.median(figures[(step, "plaintext")])
        sealed_s = statistics.median(figures[(step, "sealed")])
        print(f"{step:<8} {plain_s:>12.3f} {sealed_s:>10.3f} {plain_s / sealed_s:>12.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
