"""``@ia-acknowledgements``: every pending acknowledgement at once."""
