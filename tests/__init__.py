"""Test suite for the meeting bot (also importable by benchmarks, e.g. ``tests.fakeapi``)."""
