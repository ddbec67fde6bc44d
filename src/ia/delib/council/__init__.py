"""College → council: a decided college item sent to the council as a new item."""
