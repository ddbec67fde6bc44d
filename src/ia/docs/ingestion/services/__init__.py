"""REST services of the mail ingestion."""
