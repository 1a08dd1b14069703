"""``evtcli serve``: a read-only web browser of the store (the ``serve`` extra).

Pages read through :class:`evtcli.api.Store` only; no SQL lives here.
"""
