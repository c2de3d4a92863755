"""A small stand-in for the Azure ML SDK v1 inside Trainyard runs (only what training scripts use)."""
