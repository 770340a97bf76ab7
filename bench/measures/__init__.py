"""The parts of `bench/accuracy.py`: each module measures one thing on development data only."""
