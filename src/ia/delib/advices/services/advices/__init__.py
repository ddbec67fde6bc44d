"""``@ia-advices``: the advices of an item."""
