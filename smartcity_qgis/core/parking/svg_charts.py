"""Small self-contained SVG charts for HTML reports: heatmap, colour legend, time series with a
threshold, point map. Every chart has a ``viewBox`` so that it shrinks to the printed page."""

from html import escape

from ..chart import nice_ticks

FONT = 'font-family="sans-serif" font-size="11"'
NO_DATA = "#dddddd"
MAP_LABEL_CHARACTERS = 22
LABEL_CHARACTER_WIDTH = 6.2  # pixels per character of the 11 px sans-serif font, about
MAP_LEAST_SPAN = 200.0  # metres: a single facility is shown with its surroundings


def svg_start(width, height):
    """The opening tag of a chart ``width`` × ``height`` pixels that scales down with the page."""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" {FONT}>'
    )


def occupancy_colour(rate, threshold=0.85):
    """Green (empty) → yellow (threshold) → red (full); grey for missing values."""
    if rate is None or rate != rate:  # NaN
        return NO_DATA
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
    parts = [svg_start(left + width * len(column_labels) + 4, top + height * len(row_labels) + 4)]
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


def time_series(points, threshold, ticks, caption, size=(720, 180)):
    """``[(x 0…1, rate)]`` as a line with a dashed threshold line; ``ticks`` = ``[(x 0…1, label)]``
    are vertical grid lines labelled below the axis, ``caption`` says what the axis shows."""
    width, height = size
    left, right, top, bottom = 40, 10, 8, 34
    levels = nice_ticks(0.0, max([1.0, *(rate for _x, rate in points)]))
    top_value = levels[-1]

    def y(rate):
        return top + (height - top - bottom) * (1 - rate / top_value)

    def x(share):
        return left + share * (width - left - right)

    parts = [svg_start(width, height)]
    for level in levels:
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y(level):.1f}" y2="{y(level):.1f}" '
            f'stroke="#e0e0e0"/><text x="2" y="{y(level) + 4:.1f}">{level:.0%}</text>'
        )
    for share, label in ticks:
        parts.append(
            f'<line x1="{x(share):.1f}" x2="{x(share):.1f}" y1="{top}" y2="{height - bottom + 4}" '
            f'stroke="#c8c8c8"/>'
        )
        if x(share) + 2 + LABEL_CHARACTER_WIDTH * len(label) <= width:
            parts.append(f'<text x="{x(share) + 2:.1f}" y="{height - bottom + 13}">{escape(label)}</text>')
    parts.append(
        f'<line x1="{left}" x2="{width - right}" y1="{y(threshold):.1f}" y2="{y(threshold):.1f}" '
        f'stroke="#d62728" stroke-dasharray="5,3"/>'
    )
    if points:
        path = " ".join(f"{x(share):.1f},{y(rate):.1f}" for share, rate in points)
        parts.append(f'<polyline points="{path}" fill="none" stroke="#1f77b4" stroke-width="1.2"/>')
    parts.append(f'<text x="{width - right}" y="{height - 4}" text-anchor="end">{escape(caption)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def colour_legend(stops, threshold, no_data_label, size=(520, 34)):
    """A row of swatches ``[(rate, label)]`` coloured as in :func:`occupancy_colour` with
    ``threshold``, followed by the grey no-data swatch labelled ``no_data_label``."""
    width, height = size
    step = 62
    parts = [svg_start(width, height)]
    for index, (rate, label) in enumerate(stops):
        parts.append(
            f'<rect x="{index * step}" y="2" width="26" height="14" '
            f'fill="{occupancy_colour(rate, threshold)}"/>'
            f'<text x="{index * step}" y="29">{escape(label)}</text>'
        )
    grey = len(stops) * step + 10
    parts.append(
        f'<rect x="{grey}" y="2" width="26" height="14" fill="{NO_DATA}"/>'
        f'<text x="{grey}" y="29">{escape(no_data_label)}</text></svg>'
    )
    return "".join(parts)


def label_box(text, cx, cy, radius, width):
    """``(left, top, right, bottom)`` of a label beside a circle: right of it, or left where it
    would leave the map (text width estimated from the font size)."""
    length = LABEL_CHARACTER_WIDTH * len(text)
    left = cx + radius + 2
    if left + length > width:
        left = cx - radius - 2 - length
    return left, cy - 8, left + length, cy + 5


def overlap(first, second):
    return first[0] < second[2] and second[0] < first[2] and first[1] < second[3] and second[1] < first[3]


def point_map(points, threshold, context=(), labelled=40, size=(620, 480)):
    """``[(x, y, capacity, rate, label)]`` in metres: circles sized by capacity, coloured by rate,
    the ``labelled`` biggest ones named where their labels do not overlap; ``context`` lines
    ``[[(x, y), …], …]`` (roads, building outlines) are drawn underneath in grey, to the pixel."""
    width, height = size
    margin = 24
    xs = [point[0] for point in points]
    ys = [point[1] for point in points]
    span = max(max(xs) - min(xs), max(ys) - min(ys), MAP_LEAST_SPAN)
    scale = (min(width, height) - 2 * margin) / span
    centre_x, centre_y = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2

    def position(px, py):
        return width / 2 + (px - centre_x) * scale, height / 2 - (py - centre_y) * scale

    biggest = max([point[2] or 0 for point in points] + [1])
    parts = [svg_start(width, height), f'<rect width="{width}" height="{height}" fill="#f7f7f7"/>']
    for line in context:
        path = " ".join("{:.0f},{:.0f}".format(*position(px, py)) for px, py in line)
        parts.append(f'<polyline points="{path}" fill="none" stroke="#b4b4b4" stroke-width="0.6"/>')
    by_size = sorted(points, key=lambda point: -(point[2] or 0))
    labels, taken = [], []
    for rank, (px, py, capacity, rate, label) in enumerate(by_size):
        cx, cy = position(px, py)
        radius = 3 + 12 * ((capacity or 0) / biggest) ** 0.5
        tip = "–" if rate is None or rate != rate else f"{rate:.0%}"
        parts.append(
            f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{radius:.1f}" fill="{occupancy_colour(rate, 0.5)}" '
            f'stroke="#333" stroke-width="0.5"><title>{escape(str(label))}: {tip}</title></circle>'
        )
        text = (
            str(label)
            if len(str(label)) <= MAP_LABEL_CHARACTERS
            else str(label)[: MAP_LABEL_CHARACTERS - 1] + "…"
        )
        box = label_box(text, cx, cy, radius, width)
        if rank < labelled and not any(overlap(box, other) for other in taken):
            taken.append(box)
            anchor = "start" if box[0] > cx else "end"
            x = box[0] if anchor == "start" else box[2]
            labels.append(
                f'<text x="{x:.1f}" y="{cy + 4:.1f}" text-anchor="{anchor}" stroke="#f7f7f7" '
                f'stroke-width="3" paint-order="stroke">{escape(text)}</text>'
            )
    parts += labels
    bar = 10 ** len(str(int(span / 4))) / 10 or 1
    parts.append(
        f'<line x1="{margin}" x2="{margin + bar * scale:.1f}" y1="{height - 8}" y2="{height - 8}" '
        f'stroke="#000" stroke-width="2"/><text x="{margin}" y="{height - 12}">{bar:g} m</text>'
    )
    parts.append("</svg>")
    return "".join(parts)
