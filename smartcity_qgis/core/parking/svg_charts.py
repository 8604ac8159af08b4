"""Small self-contained SVG charts for HTML reports: heatmap, time series with a threshold, point map."""

from html import escape

from ..chart import nice_ticks

FONT = 'font-family="sans-serif" font-size="11"'


def occupancy_colour(rate, threshold=0.85):
    """Green (empty) → yellow (threshold) → red (full); grey for missing values."""
    if rate is None or rate != rate:  # NaN
        return "#dddddd"
    rate = max(0.0, min(float(rate), 1.0))
    if rate <= threshold:
        share = rate / threshold
        red, green = int(60 + 195 * share), 170 + int(40 * share)
    else:
        share = (rate - threshold) / max(1 - threshold, 1e-9)
        red, green = 255, int(210 * (1 - share))
    return f"#{red:02x}{green:02x}40"


def heatmap(values, row_labels, column_labels, threshold=0.85, cell=(18, 16)):
    """``values[row][column]`` (None = no data) as coloured cells with labels and tooltips."""
    width, height = cell
    left, top = 34, 16
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + width * len(column_labels) + 4}" '
        f'height="{top + height * len(row_labels) + 4}" {FONT}>'
    ]
    for column, label in enumerate(column_labels):
        if column % 3 == 0:
            parts.append(f'<text x="{left + column * width + 2}" y="11">{escape(str(label))}</text>')
    for row, label in enumerate(row_labels):
        y = top + row * height
        parts.append(f'<text x="0" y="{y + height - 4}">{escape(str(label))}</text>')
        for column, value in enumerate(values[row]):
            tip = "–" if value is None or value != value else f"{value:.0%}"
            parts.append(
                f'<rect x="{left + column * width}" y="{y}" width="{width - 1}" height="{height - 1}" '
                f'fill="{occupancy_colour(value, threshold)}"><title>{escape(str(label))} '
                f"{escape(str(column_labels[column]))}: {tip}</title></rect>"
            )
    parts.append("</svg>")
    return "".join(parts)


def time_series(points, threshold, time_labels, size=(720, 170)):
    """``[(x 0…1, rate)]`` as a line with a dashed threshold line; ``time_labels`` for both ends."""
    width, height = size
    left, right, top, bottom = 40, 10, 8, 22
    ticks = nice_ticks(0.0, max([1.0, *(rate for _x, rate in points)]))
    top_value = ticks[-1]

    def y(rate):
        return top + (height - top - bottom) * (1 - rate / top_value)

    def x(share):
        return left + share * (width - left - right)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" {FONT}>']
    for tick in ticks:
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" '
            f'stroke="#e0e0e0"/><text x="2" y="{y(tick) + 4:.1f}">{tick:.0%}</text>'
        )
    parts.append(
        f'<line x1="{left}" x2="{width - right}" y1="{y(threshold):.1f}" y2="{y(threshold):.1f}" '
        f'stroke="#d62728" stroke-dasharray="5,3"/>'
    )
    if points:
        path = " ".join(f"{x(share):.1f},{y(rate):.1f}" for share, rate in points)
        parts.append(f'<polyline points="{path}" fill="none" stroke="#1f77b4" stroke-width="1.2"/>')
    first, last = time_labels
    parts.append(f'<text x="{left}" y="{height - 6}">{escape(first)}</text>')
    parts.append(f'<text x="{width - right}" y="{height - 6}" text-anchor="end">{escape(last)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def point_map(points, threshold, size=(520, 420)):
    """``[(x, y, capacity, rate, label)]`` in metres: circles sized by capacity, coloured by rate."""
    width, height = size
    margin = 24
    xs = [point[0] for point in points]
    ys = [point[1] for point in points]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1.0)
    scale = (min(width, height) - 2 * margin) / span
    biggest = max([point[2] or 0 for point in points] + [1])
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" {FONT}>',
        f'<rect width="{width}" height="{height}" fill="#f7f7f7"/>',
    ]
    for px, py, capacity, rate, label in sorted(points, key=lambda point: -(point[2] or 0)):
        cx = margin + (px - min(xs)) * scale
        cy = height - margin - (py - min(ys)) * scale
        radius = 3 + 12 * ((capacity or 0) / biggest) ** 0.5
        tip = "–" if rate is None or rate != rate else f"{rate:.0%}"
        parts.append(
            f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{radius:.1f}" fill="{occupancy_colour(rate, 0.5)}" '
            f'stroke="#333" stroke-width="0.5"><title>{escape(str(label))}: {tip}</title></circle>'
        )
    bar = 10 ** len(str(int(span / 4))) / 10 or 1
    parts.append(
        f'<line x1="{margin}" x2="{margin + bar * scale:.1f}" y1="{height - 8}" y2="{height - 8}" '
        f'stroke="#000" stroke-width="2"/><text x="{margin}" y="{height - 12}">{bar:g} m</text>'
    )
    parts.append("</svg>")
    return "".join(parts)
