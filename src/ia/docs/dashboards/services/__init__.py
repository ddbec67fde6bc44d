"""REST services of the mail dashboards."""
