"""Browser views and viewlets of the shared behaviors."""
