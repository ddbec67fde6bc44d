"""Optional coupling with iA.Delib: an incoming mail becomes a draft item."""
