"""REST services of the session: ``@ia-session`` (meeting), ``@ia-votes`` and
``@ia-decision`` (item)."""
