"""Pure domain code: events, validation, fold and decide. No SQLAlchemy, Typer, rich or I/O."""
