"""Test order shuffling (our in-house pytest-randomly): every run shuffles the tests with a
seed, so tests that depend on each other's leftovers show up. The seed is printed in the
header; `--seed N` replays an order, `--no-shuffle` keeps the file order."""
import random

import pytest


def pytest_addoption(parser):
    group = parser.getgroup("shuffle")
    group.addoption("--seed", type=int, default=None, help="shuffle the tests with this seed (replays a CI order)")
    group.addoption("--no-shuffle", action="store_true", help="run the tests in file order")


def pytest_configure(config):
    seed = config.getoption("--seed")
    config._shuffle_seed = random.randrange(10000) if seed is None else seed


def pytest_report_header(config):
    if config.getoption("--no-shuffle"):
        return "test order: file order (--no-shuffle)"
    return "test order: shuffled with --seed %d" % config._shuffle_seed


def pytest_collection_modifyitems(session, config, items):
    if config.getoption("--no-shuffle"):
        return
    random.Random(config._shuffle_seed).shuffle(items)
