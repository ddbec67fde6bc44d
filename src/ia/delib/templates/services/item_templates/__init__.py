"""``@ia-item-templates``: the item templates usable here; an item made from one."""
