"""``@ia-letter``: the letter of an outgoing mail."""
