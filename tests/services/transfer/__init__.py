"""Tests of services/transfer/."""
