"""REST API of the organisation chart: ``@ia-orgchart``."""
