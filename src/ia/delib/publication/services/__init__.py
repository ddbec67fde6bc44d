"""Anonymous REST of the public projection (GET only)."""
