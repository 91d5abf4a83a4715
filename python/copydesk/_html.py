"""The notebook view of a Document: quotes highlighted in one colour per speaker, with the
speaker's name on hover, and numbers marked with their value and unit. Plain HTML and
inline styles: no extra packages, readable in Jupyter, VS Code and a browser.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._copydesk import Document

# Light backgrounds that keep black text readable, one per speaker in order.
_PALETTE = ["#ffe08a", "#b8e1ff", "#c9f2c7", "#ffc9de", "#e3d3ff", "#ffd9b3", "#c2f0ec", "#f0e6c2"]
_UNATTRIBUTED = "#e6e6e6"


def _number_label(number: dict[str, Any]) -> str:
    if number.get("low") is not None or number.get("high") is not None:
        value = f"{number.get('low')}–{number.get('high')}"
    else:
        value = f"{number.get('value')}"
    parts = [value, number.get("unit") or "", number.get("kind") or ""]
    if number.get("qualifier"):
        parts.append(f"({number['qualifier']})")
    return " ".join(p for p in parts if p)


def render(doc: Document) -> str:
    """The document as an HTML fragment.

        >>> import copydesk
        >>> "<mark" in render(copydesk.analyze("“Hi,” said Ann Lee."))
        True
    """
    data = doc.to_dict()
    text: str = data["text"]
    colours: dict[str, str] = {}
    for speaker in data.get("speakers", []):
        colours.setdefault(speaker["name"], _PALETTE[len(colours) % len(_PALETTE)])

    # (position, order, tag): closing tags sort before opening ones at the same place,
    # and a quote opens before (and closes after) the numbers inside it.
    events: list[tuple[int, int, str]] = []
    for quote in data.get("quotes", []):
        speaker = quote.get("speaker")
        colour = colours.get(speaker, _UNATTRIBUTED) if speaker else _UNATTRIBUTED
        title = html.escape(f"{speaker or 'no speaker'} ({quote.get('kind')})", quote=True)
        events.append((quote["start"], 2, f'<mark style="background:{colour}" title="{title}">'))
        events.append((quote["end"], 1, "</mark>"))
    for number in data.get("numbers", []):
        title = html.escape(_number_label(number), quote=True)
        events.append((number["start"], 3, f'<span style="border-bottom:2px solid #d9480f" title="{title}">'))
        events.append((number["end"], 0, "</span>"))
    events.sort()

    out = ['<div class="copydesk" style="white-space:pre-wrap;line-height:1.5;font-family:sans-serif">']
    position = 0
    for at, _, tag in events:
        out.append(html.escape(text[position:at]))
        out.append(tag)
        position = at
    out.append(html.escape(text[position:]))
    out.append("</div>")
    if colours:
        legend = " ".join(
            f'<mark style="background:{c}">{html.escape(name)}</mark>' for name, c in colours.items()
        )
        out.append(f'<div style="margin-top:0.5em;font-family:sans-serif">Speakers: {legend}</div>')
    return "".join(out)


def display(doc: Document) -> None:
    """Show the document in a notebook (IPython)."""
    try:
        from IPython.display import HTML
        from IPython.display import display as ipython_display
    except ImportError:
        raise ImportError("copydesk.display needs IPython (a notebook); use render(doc) for the HTML") from None
    ipython_display(HTML(render(doc)))
