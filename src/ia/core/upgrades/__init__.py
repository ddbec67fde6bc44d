"""Upgrade steps of ia.core (integer profile versions)."""
