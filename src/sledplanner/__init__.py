"""SledPlanner: plan sled-drag gear, training weeks and progress for strong knees."""

__version__ = "0.1.0"
