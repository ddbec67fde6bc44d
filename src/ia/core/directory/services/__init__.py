"""REST endpoints of the directory."""
