"""REST services of the meeting documents."""
