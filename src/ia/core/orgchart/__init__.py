"""Organisation chart: services, functions and their groups."""
