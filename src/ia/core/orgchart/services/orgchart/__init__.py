"""``@ia-orgchart``: the tree of services; its members."""
