"""What iA.Delib accepts from other documents (hand-overs of ``ia.core``)."""
