"""REST services of the shared behaviors."""
