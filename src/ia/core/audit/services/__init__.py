"""REST services of the audit trail."""
