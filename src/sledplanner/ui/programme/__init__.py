"""The Programme tab: the training calendar, logging and progression."""
