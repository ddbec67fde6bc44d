"""Legal deadlines of a licence file, computed from its events (never typed).

``rules``: the declarative rules, one table per licence family;
``calendar``: counting days across the suspension periods;
``settings``: the delays and periods of the registry, read once;
``engine``: the rules applied to a file's events, each date explained.
"""
