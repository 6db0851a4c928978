"""Tests of services/demo/."""
