"""The Equipment tab: inventory, totals, loads, purchase planner and subscriptions."""
