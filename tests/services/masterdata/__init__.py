"""Tests of services/masterdata/."""
