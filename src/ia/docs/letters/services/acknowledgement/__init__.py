"""``@ia-acknowledgement``: the acknowledgement of an incoming mail."""
