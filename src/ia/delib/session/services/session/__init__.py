"""``@ia-session``: the session of a meeting; its attendance."""
