"""REST services of the numbering registers."""
