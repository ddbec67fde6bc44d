"""Benchmark harness of the iA suite (``make bench``); not part of the tests."""
