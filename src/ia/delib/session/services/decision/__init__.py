"""``@ia-decision``: the decision taken on an item in session."""
