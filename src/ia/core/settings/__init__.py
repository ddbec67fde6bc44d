"""ia.core.settings"""
