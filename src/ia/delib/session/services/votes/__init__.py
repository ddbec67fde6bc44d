"""``@ia-votes``: the vote of an item."""
