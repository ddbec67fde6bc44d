"""``@ia-openapi``: the OpenAPI 3 document of every endpoint the suite adds."""
