"""Senders created on the fly when an incoming mail is registered."""
