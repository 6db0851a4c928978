"""Fictitious demo data: ten years of cases that cover every status, letter and escalation,
generated from a fixed seed so that two runs give the same database."""

from .load import load_demo

__all__ = ["load_demo"]
