// Intentionally empty: the floor extension measures the cost of the permissions and one rule.
