"""Upgrade steps of ia.docs (integer profile versions)."""
