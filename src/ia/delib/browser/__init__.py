"""Classic UI pages of iA.Delib: the meeting and body pages, the public pages."""
