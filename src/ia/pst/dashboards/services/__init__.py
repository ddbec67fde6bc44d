"""REST services of the PST dashboards."""
