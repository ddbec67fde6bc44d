"""Browser views of document generation."""
