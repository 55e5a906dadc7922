"""Pure domain model of SledPlanner: units, money, gear, loads, programmes and metrics."""
