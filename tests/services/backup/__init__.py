"""Tests of services/backup/."""
