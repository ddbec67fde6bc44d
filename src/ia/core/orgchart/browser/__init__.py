"""Views of the organisation chart."""
