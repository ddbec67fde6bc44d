"""REST services of document generation."""
