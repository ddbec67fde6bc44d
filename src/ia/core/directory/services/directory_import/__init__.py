"""``@ia-directory-import``: import a CSV file of contacts."""
