"""``@ia-convocation``: the convocation of a meeting."""
