"""iA.Docs on the core dashboard: mail lists and the batch "assign to"."""
