"""Classic UI of the dashboards."""
