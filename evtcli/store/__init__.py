"""Storage with SQLAlchemy Core: schema, dialect differences, the event log."""
