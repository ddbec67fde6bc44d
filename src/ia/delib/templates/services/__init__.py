"""REST services of the item templates."""
