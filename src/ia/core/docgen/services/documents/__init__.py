"""``@ia-documents``: the documents generated from templates on a content."""
