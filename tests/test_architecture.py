"""The shape of the package: layers import downward, the CLI and the web reach storage
through the API only, and start-up loads nothing a command does not need."""

from __future__ import annotations

import ast
import gc
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import evtcli
from evtcli.api import Store
from jsonl_events import created, destroyed, jsonl

from conftest import Cli

PACKAGE = Path(evtcli.__file__).resolve().parent


# -- layers ------------------------------------------------------------------------------


def imported_modules(path: Path) -> set[str]:
    """Every module a source file imports, anywhere in it (absolute names)."""
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def layer_imports(layer: str) -> dict[str, set[str]]:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, layer
    return {str(path.relative_to(PACKAGE)): imported_modules(path) for path in files}


def offending(imports: dict[str, set[str]], forbidden: tuple[str, ...]) -> dict[str, list[str]]:
    return {
        path: sorted(m for m in modules if any(m == f or m.startswith(f + ".") for f in forbidden))
        for path, modules in imports.items()
        if any(m == f or m.startswith(f + ".") for m in modules for f in forbidden)
    }


def test_imports_are_read_from_the_syntax_tree() -> None:
    modules = imported_modules(PACKAGE / "cli" / "settings.py")
    assert "evtcli.open_store" in modules and "evtcli.errors" in modules  # one inside a function


def test_the_domain_imports_no_framework_and_no_upper_layer() -> None:
    forbidden = ("sqlalchemy", "typer", "click", "rich", "evtcli.store", "evtcli.projections", "evtcli.write",
                 "evtcli.audit", "evtcli.api", "evtcli.jsonl", "evtcli.cli")
    assert offending(layer_imports("domain"), forbidden) == {}


def test_the_cli_never_imports_sqlalchemy() -> None:
    assert offending(layer_imports("cli"), ("sqlalchemy",)) == {}


def test_the_cli_imports_only_the_api_the_errors_and_the_domain_declarations() -> None:
    allowed = (
        "evtcli.api", "evtcli.errors", "evtcli.domain", "evtcli.cli", "evtcli.open_store", "evtcli.__version__",
        "evtcli.progress",  # the type of a progress callback, beside the errors
        "evtcli.jsonl.files",  # export writes its lines to a file that appears whole
        "evtcli.web",  # serve: the browser is the other client of the API
    )
    found = {
        path: sorted(m for m in modules if m.startswith("evtcli") and m != "evtcli" and not m.startswith(allowed))
        for path, modules in layer_imports("cli").items()
    }
    assert {path: modules for path, modules in found.items() if modules} == {}


def test_start_up_imports_run_one_way() -> None:
    """The console script's entry imports the CLI, and nothing in the CLI imports it
    back; settings, which every command uses, does not import the CLI's hub either."""
    cli = layer_imports("cli")
    assert {path for path, modules in cli.items() if any(m.startswith("evtcli._startup") for m in modules)} == set()
    settings = cli[str(Path("cli") / "settings.py")]
    assert {"evtcli.cli", "evtcli.cli.app", "evtcli.cli.main"} & settings == set()


def test_the_web_pages_read_through_the_api_only() -> None:
    """No SQL, no store or projection internals, no terminal libraries in evtcli/web."""
    allowed = ("evtcli.api", "evtcli.errors", "evtcli.domain", "evtcli.web")
    found = {
        path: sorted(m for m in modules if m.startswith("evtcli") and m != "evtcli" and not m.startswith(allowed))
        for path, modules in layer_imports("web").items()
    }
    assert {path: modules for path, modules in found.items() if modules} == {}
    assert offending(layer_imports("web"), ("sqlalchemy", "typer", "click", "rich")) == {}
    files = sorted((PACKAGE / "web").rglob("*.py"))
    assert {str(path.relative_to(PACKAGE)): calls for path in files if (calls := sql_calls(path))} == {}


def test_layers_import_downward_only() -> None:
    """errors → domain → store → projections → write → audit → jsonl → api → cli / web."""
    upper = {
        "store": ("evtcli.projections", "evtcli.write", "evtcli.audit", "evtcli.api", "evtcli.jsonl", "evtcli.cli",
                  "evtcli.web"),
        # Projections are read models: the write path updates them, never the other way round.
        "projections": ("evtcli.write", "evtcli.audit", "evtcli.api", "evtcli.jsonl", "evtcli.cli", "evtcli.web"),
        "write": ("evtcli.audit", "evtcli.api", "evtcli.jsonl", "evtcli.cli", "evtcli.web"),
        "audit": ("evtcli.api", "evtcli.jsonl", "evtcli.cli", "evtcli.web"),
        "jsonl": ("evtcli.api", "evtcli.cli", "evtcli.web"),
        "api": ("evtcli.cli", "evtcli.web"),
        "web": ("evtcli.cli",),
    }
    for layer, forbidden in upper.items():
        assert offending(layer_imports(layer), forbidden) == {}, layer


def test_only_the_backends_import_the_database_drivers() -> None:
    """sqlite3 and psycopg are imported in evtcli/store/backends alone: everything else
    reaches the database through SQLAlchemy and the backend protocol."""
    backends = PACKAGE / "store" / "backends"
    imports = {
        str(path.relative_to(PACKAGE)): imported_modules(path)
        for path in sorted(PACKAGE.rglob("*.py"))
        if backends not in path.parents
    }
    assert offending(imports, ("sqlite3", "psycopg")) == {}
    assert offending(layer_imports("store/backends"), ("sqlite3",)) != {}  # the check sees them


def sql_calls(path: Path) -> list[str]:
    """Where a source file builds or runs SQL itself: statement constructors imported
    from SQLAlchemy, and calls that execute statements."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlalchemy"):
            found += [alias.name for alias in node.names if alias.name in {"select", "insert", "update", "delete", "text", "table"}]
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in {"execute", "exec_driver_sql", "executemany", "scalar", "scalars"}:
                found.append(f"{node.func.attr}() on line {node.lineno}")
    return found


def test_the_api_and_import_run_no_sql_of_their_own() -> None:
    """Every statement against the log or a projection is the store's or the projections'."""
    files = sorted((PACKAGE / "api").rglob("*.py")) + sorted((PACKAGE / "jsonl").rglob("*.py"))
    assert {str(path.relative_to(PACKAGE)): calls for path in files if (calls := sql_calls(path))} == {}


# What start-up must not pay for where a command does not need it: the model's heavy
# parts (encryption, email syntax, password hashing), typer's pydantic conversion, and
# the web stack of `evtcli serve`.
HEAVY = {
    "cryptography",
    "email_validator",
    "passlib",
    "argon2",
    "pydantic",
    "starlette",
    "uvicorn",
    "jinja2",
}


def test_importing_the_cli_loads_no_database_code() -> None:
    names = sorted({"sqlalchemy", *HEAVY})
    code = f"import sys, evtcli.cli; print(sorted({{m.split('.')[0] for m in sys.modules}} & set({names!r})))"
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == "[]"


def _imported(*args: str) -> set[str]:
    """The top-level packages a real ``evtcli`` process imports (``python -X importtime``)."""
    completed = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "evtcli", *args], capture_output=True, text=True, timeout=120
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    return {
        line.split("|")[2].strip().split(".")[0]
        for line in completed.stderr.splitlines()
        if line.startswith("import time:") and line.count("|") == 2
    }


def test_reading_commands_import_none_of_the_heavy_parts(tmp_path: Path) -> None:
    """``user list``, ``user show``, ``user history``, ``events tail``, ``fold``, ``--help``
    and ``--version`` on plaintext events load no encryption, email or hashing code, no
    pydantic and no web stack (``fold`` alone checks stored emails with email-validator,
    as every fold does)."""
    db = str(tmp_path / "read.db")
    source = tmp_path / "events.jsonl"
    source.write_bytes(jsonl(created(1), created(2, name="Bo", email="bo@example.com"), destroyed(2)))
    user = json.loads(jsonl(created(1)))["aggregate_id"]
    subprocess.run([sys.executable, "-m", "evtcli", "--db", db, "events", "import", str(source)], check=True, timeout=120)
    for args, allowed in [
        (("--version",), set()),
        (("--help",), set()),
        (("user", "--help"), set()),
        (("--db", db, "user", "list"), set()),
        (("--db", db, "user", "list", "--json"), set()),
        (("--db", db, "user", "show", user), set()),
        (("--db", db, "user", "history", user), set()),
        (("--db", db, "events", "tail"), set()),
        (("--db", db, "events", "tail", "--json", "--type", "Destroyed"), set()),
        (("--db", db, "fold", "user", user), {"email_validator"}),
    ]:
        assert _imported(*args) & HEAVY == allowed, args
    assert "sqlalchemy" not in _imported("--help") | _imported("--version")


# Run as the console script does, counting the collector's passes before the store is open.
_COLLECTIONS_PROBE = """
import atexit, gc, sys
from evtcli import _startup
from evtcli.cli import settings

early = []
gc.callbacks.append(lambda phase, info: phase == "start" and not early_done and early.append(info["generation"]))
early_done = False
opened = settings.Settings.open

def open_and_mark(self, **options):
    global early_done
    store = opened(self, **options)
    early_done = True
    return store

settings.Settings.open = open_and_mark
atexit.register(lambda: print(len(early), gc.isenabled(), gc.get_freeze_count() > 0, file=sys.stderr))
sys.argv = ["evtcli", *sys.argv[1:]]
_startup.main()
"""


def test_the_console_script_starts_without_the_cyclic_collector(tmp_path: Path) -> None:
    """Through the console script's entry point, no collection runs until the store is
    open; then the collector is on again, with start-up's objects frozen."""
    db = str(tmp_path / "gc.db")
    subprocess.run([sys.executable, "-m", "evtcli", "--db", db, "init"], check=True, capture_output=True, timeout=120)
    completed = subprocess.run(
        [sys.executable, "-c", _COLLECTIONS_PROBE, "--db", db, "user", "list", "--json"],
        capture_output=True, text=True, timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stderr.split() == ["0", "True", "True"]


def test_the_cli_in_another_program_leaves_its_collector_alone(cli: Cli, store: Store) -> None:
    """Importing and running the CLI in-process (as CliRunner does) neither stops nor
    freezes the caller's garbage collector."""
    frozen = gc.get_freeze_count()
    assert cli("user", "list").exit_code == 0
    assert gc.isenabled() and gc.get_freeze_count() == frozen


# -- the upper half reads the declaration -----------------------------------------------

# Files that register an aggregate by name: the one place each list of them is written.
REGISTRATIONS = {"domain/declared.py", "projections/declared.py", "cli/registry.py", "web/panels.py"}


def _own(path: Path, aggregate: Any) -> bool:
    """A file of the aggregate's own: named for it (users.py, _group_members.html)."""
    stem = path.stem.lstrip("_")
    return stem in (aggregate.name, aggregate.plural) or stem.startswith(f"{aggregate.name}_")


def _named_in(path: Path, names: set[str]) -> list[str]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".py":
        found = [
            f"{node.value!r} on line {node.lineno}"
            for node in ast.walk(ast.parse(text, filename=str(path)))
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in names
        ]
        return found
    return [f"{word!r}" for word in sorted(names) if re.search(rf"['\"/]{word}['\"/]", text)]


def test_no_module_outside_an_aggregate_s_own_files_names_it() -> None:
    """The upper half (API, CLI, web) reads the declaration: only an aggregate's own
    files, the files of aggregates that refer to it, and the registrations name it."""
    from evtcli.domain.declared import MODEL

    files = [p for p in sorted(PACKAGE.rglob("*")) if p.suffix in (".py", ".html") and "__pycache__" not in p.parts]
    found = {}
    for aggregate in MODEL.aggregates.values():
        owners = [aggregate] + [
            other
            for other in MODEL.aggregates.values()
            if any(m.aggregate == aggregate.name for m in other.memberships)
            or any(r.aggregate == aggregate.name for t in other.event_types.values() for _, r in t.references)
        ]
        for path in files:
            where = str(path.relative_to(PACKAGE))
            if where in REGISTRATIONS or any(_own(path, owner) for owner in owners):
                continue
            named = _named_in(path, {aggregate.name, aggregate.plural})
            if named:
                found.setdefault(where, []).extend(named)
    assert found == {}


def _runtime_imports(path: Path) -> set[str]:
    """The evtcli modules a file imports when it runs (anywhere in it, functions
    included), leaving out ``if TYPE_CHECKING:`` blocks, which never run."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    typing_only = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for inner in ast.walk(node)
    }
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - (node.level - 1)] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return {name for name in found if name.startswith("evtcli")}


def test_no_module_imports_itself_round_a_circle() -> None:
    modules = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    edges = {
        name: {target for target in _runtime_imports(path) if target in modules and target != name}
        for name, path in modules.items()
    }
    # A package imports its own modules to offer their names; importing a module runs
    # its package first. Neither is a circle of the code's own making.
    edges = {name: {t for t in targets if not t.startswith(name + ".") and not name.startswith(t + ".")} for name, targets in edges.items()}
    circles = []
    state: dict[str, int] = {}

    def visit(name: str, trail: list[str]) -> None:
        state[name] = 1
        for target in sorted(edges[name]):
            if state.get(target) == 1:
                circles.append(trail[trail.index(target):] + [target] if target in trail else [name, target])
            elif target not in state:
                visit(target, [*trail, target])
        state[name] = 2

    for name in sorted(modules):
        if name not in state:
            visit(name, [name])
    assert circles == []
