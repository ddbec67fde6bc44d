"""``@ia-dashboard``: the lists of the dashboard and their batch transitions."""
