"""Read models built from the event log with the domain's fold."""
