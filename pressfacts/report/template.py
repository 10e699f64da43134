"""The page around the sections: one self-contained HTML file, its style and its one small script.

A Content-Security-Policy admits only this style and this script (by hash) and no network at
all, so even a bug in escaping could not run a script or fetch anything.
"""

from __future__ import annotations

import base64
import hashlib
from string import Template

from ..display import CSS as DISPLAY_CSS

STYLE = DISPLAY_CSS + """
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 14px; color: #222;
       margin: 0; background: #fafafa; }
main { max-width: 1240px; margin: 0 auto; padding: 16px 20px 40px; background: #fff; }
h1 { font-size: 24px; margin: 4px 0 2px; }
h2 { font-size: 19px; margin: 28px 0 8px; border-bottom: 2px solid #ddd; padding-bottom: 3px; }
h3 { font-size: 15px; margin: 6px 0; }
.sub, .note, .meta { color: #555; }
.note { font-size: 13px; margin: 4px 0 10px; }
table.data { border-collapse: collapse; margin: 4px 0 12px; }
table.data th, table.data td { border: 1px solid #d4d4d4; padding: 3px 8px; text-align: left; vertical-align: top; }
table.data th { background: #f1f1f1; }
table.totals td { min-width: 6em; }
table.data td { overflow-wrap: anywhere; }
table.officials td:first-child { white-space: nowrap; }
.more { color: #555; font-style: italic; }
table.awards { width: 100%; max-width: 1000px; table-layout: fixed; }
table.awards th:nth-child(1) { width: 4em; }
table.awards th:nth-child(4) { width: 15em; }
.charts { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 14px 22px; }
figure.unit { margin: 0; border: 1px solid #e2e2e2; border-radius: 4px; padding: 6px 10px 8px; }
figure.unit figcaption { font-size: 12px; color: #444; }
figure.unit ul { margin: 2px 0; padding-left: 18px; font-size: 12px; }
svg.chart { width: 100%; height: auto; display: block; }
svg.chart .grid { stroke: #ececec; }
svg.chart .axis, svg.chart .tickmark { stroke: #888; fill: none; }
svg.chart .tick { fill: #555; }
svg.chart .label { fill: #333; }
svg.chart .point { stroke: #1f5fa8; stroke-width: 1.6; }
svg.chart .point.period { fill: #1f5fa8; }
svg.chart .point.published { fill: #fff; }
svg.chart a:hover .point { stroke: #c0392b; }
.dot { font-size: 15px; color: #1f5fa8; }
.award-group { margin-bottom: 10px; }
details.document { border: 1px solid #ddd; border-radius: 4px; margin: 6px 0; padding: 2px 10px; }
details.document > summary { cursor: pointer; }
details.document > summary h3 { display: inline; }
.warning { color: #a15c00; }
.error { color: #b00020; }
button { font: inherit; margin-right: 6px; }
"""

SCRIPT = """
function openTarget() {
  var target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
  if (target && target.tagName === "DETAILS") { target.open = true; target.scrollIntoView(); }
}
function setAll(open) {
  document.querySelectorAll("details.document").forEach(function (d) { d.open = open; });
}
document.getElementById("open-all").addEventListener("click", function () { setAll(true); });
document.getElementById("close-all").addEventListener("click", function () { setAll(false); });
window.addEventListener("hashchange", openTarget);
openTarget();
"""


def _hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


POLICY = f"default-src 'none'; style-src {_hash(STYLE)}; script-src {_hash(SCRIPT)}; img-src data:"

# $title and $body are HTML built by sections.py (every value escaped there).
PAGE = Template("""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="$policy">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>$title</title>
<style>$style</style>
</head>
<body>
<main>
$body
</main>
<script>$script</script>
</body>
</html>
""")


def page(title: str, body: str) -> str:
    """The whole page; ``title`` and ``body`` must already be escaped HTML."""
    return PAGE.substitute(policy=POLICY, title=title, style=STYLE, script=SCRIPT, body=body)
