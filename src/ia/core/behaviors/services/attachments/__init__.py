"""``@ia-attachments``: the attachments of a document."""
