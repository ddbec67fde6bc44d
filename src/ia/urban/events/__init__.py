"""The procedure of a licence file as dated events (its timeline)."""
