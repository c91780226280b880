"""Benchmarks (not tests): each measures itself against a baseline taken in the same run."""
