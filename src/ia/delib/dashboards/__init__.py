"""iA.Delib's lists on the core dashboard (``IDashboardList`` utilities)."""
