"""Accessible inline SVG bar charts for the public pages.

Each chart is ``role="img"`` with a ``<title>`` and a ``<desc>`` saying in
words what the bars show, and the page prints the same figures as a table
next to it. Colours reach WCAG 2.1 AA contrast on white (4.5:1 and more)
and every bar carries its value as text: colour is never the only cue.
"""

from xml.sax.saxutils import escape


# Dark enough on white for text and graphics (contrast ratios >= 4.5:1).
BAR = "#1f4e79"
HEALTH_COLOURS = {"green": "#1b5e20", "orange": "#8a4500", "red": "#b71c1c"}
ROW = 28
LABEL_WIDTH = 190
BAR_WIDTH = 300


def short(label, size=24):
    """A bar's label that fits left of the bars (the table below the chart
    has it in full)."""
    return label if len(label) <= size else label[: size - 1].rstrip() + "…"


def bar_chart(chart_id, title, description, rows, *, maximum=None, unit="") -> str:
    """Horizontal bars: ``rows`` are ``(label, value, value text, colour)``."""
    maximum = maximum or max([value for _label, value, _text, _c in rows] or [1]) or 1
    height = ROW * max(len(rows), 1) + 10
    width = LABEL_WIDTH + BAR_WIDTH + 110
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" id="{chart_id}"'
        f' aria-labelledby="{chart_id}-title {chart_id}-desc"'
        f' viewBox="0 0 {width} {height}" width="100%" style="max-width:{width}px">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(description)}</desc>',
    ]
    for index, (label, value, text, colour) in enumerate(rows):
        y = 5 + index * ROW
        length = BAR_WIDTH * max(value, 0) / maximum
        parts.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{y + 17}" text-anchor="end"'
            f' font-size="13" fill="#1a1a1a">{escape(short(label))}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y + 4}" width="{length:.1f}" height="18"'
            f' fill="{colour or BAR}"/>'
            f'<text x="{LABEL_WIDTH + length + 6:.1f}" y="{y + 17}" font-size="13"'
            f' fill="#1a1a1a">{escape(text)}{escape(unit)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
