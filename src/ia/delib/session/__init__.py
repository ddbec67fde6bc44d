"""In session: attendance, votes and decisions of a meeting's items, the
live session console and its REST services (see docs/delib.md, "En séance")."""
