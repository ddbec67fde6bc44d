"""Benchmark scenarios: one module per package (``core.py``, ``delib.py``...).

The runner imports every module of this folder; each registers its
scenarios with ``bench.registry.scenario``.
"""
