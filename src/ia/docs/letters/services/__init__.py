"""REST services of the letters: ``@ia-acknowledgement``, ``@ia-letter``,
``@ia-acknowledgements``."""
