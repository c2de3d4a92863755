"""What a metric value may be, checked before anything is written."""

import math

ALLOWED = "a number, a bool, a string or None (numpy and torch scalars count as numbers)"


def metric_value(name, value):
    """The value as it goes into the JSON line, or TypeError naming the metric and what is allowed."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if math.isfinite(value):
            return value
        return "NaN" if math.isnan(value) else ("inf" if value > 0 else "-inf")
    item = getattr(value, "item", None)  # numpy and torch scalars
    if callable(item):
        try:
            return metric_value(name, item())
        except (TypeError, ValueError):
            pass
    raise TypeError(
        "metric %r: a value of type %s cannot be logged; allowed: %s"
        % (str(name), type(value).__name__, ALLOWED)
    )
