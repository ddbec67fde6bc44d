"""``@ia-public-agenda``: the public agenda of a meeting."""
