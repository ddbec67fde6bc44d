"""What iA.Docs accepts from other documents (hand-overs of ``ia.core``)."""
