"""``@ia-agenda``: the agenda of a meeting."""
