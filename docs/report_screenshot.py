"""Make docs/report.png: the report of the sample corpus, as a reviewer sees it in Chromium.

    python docs/report_screenshot.py            # needs /usr/bin/chromium and playwright

It runs ``pressfacts extract corpus/texts`` and ``pressfacts report``, opens the page in
headless Chromium 1280 pixels wide, opens one document so that its highlighted text shows,
and saves a full-page screenshot.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def main(png: Path = ROOT / "docs" / "report.png") -> None:
    pressfacts = [sys.executable, "-m", "pressfacts.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        results, html = Path(tmp) / "out.jsonl", Path(tmp) / "report.html"
        subprocess.run([*pressfacts, "extract", "corpus/texts", "--out", str(results), "--jobs", "1"], cwd=ROOT, check=True)
        subprocess.run([*pressfacts, "report", str(results), "--html", str(html)], cwd=ROOT, check=True)
        with sync_playwright() as p:
            browser = p.chromium.launch_persistent_context(
                str(Path(tmp) / "profile"), executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True,
                viewport={"width": 1280, "height": 900},
            )
            page = browser.new_page()
            page.goto(html.as_uri())
            # one document open, so that the highlighted text is in the picture: the first with
            # a highlight of every record type
            page.evaluate("""() => {
                const docs = [...document.querySelectorAll('details.document')];
                const kinds = ['metric', 'official', 'award', 'date'];
                const full = docs.find(d => kinds.every(k => d.querySelector('mark.pf-' + k)));
                if (full || docs[0]) (full || docs[0]).open = true;
            }""")
            page.screenshot(path=str(png), full_page=True)
            browser.close()
    print(f"wrote {png}")


if __name__ == "__main__":
    main()
