"""Browser views of the directory."""
