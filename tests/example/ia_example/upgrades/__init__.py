"""Upgrade steps of iA.Example (integer profile versions)."""
