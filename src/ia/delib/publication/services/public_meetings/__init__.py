"""``@ia-public-meetings``: the public meetings of a body or of the site."""
