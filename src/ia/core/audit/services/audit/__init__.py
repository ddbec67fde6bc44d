"""``@ia-audit``: the audit trail of a document."""
