"""Headless Chromium driven over the DevTools protocol, with the standard library only.

``--remote-debugging-pipe`` makes the browser read commands from file
descriptor 3 and write answers to descriptor 4, each a JSON message ended by
a NUL byte: no websocket, no extra package. The viewport is set with
``Emulation.setDeviceMetricsOverride``, because ``--window-size`` cannot
make a headless window narrower than 500 pixels (a 375-pixel screenshot
taken that way is a crop of a 500-pixel layout).

    with Browser.start() as browser:
        browser.open(path, width=375)
        browser.evaluate("document.documentElement.scrollWidth")
        browser.screenshot(out_path)
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Any

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
_TIMEOUT = 60.0


def find_chromium() -> str | None:
    """The path of a Chromium or Chrome executable, or None; ``THANKNOTE_CHROMIUM`` first."""
    named = os.environ.get("THANKNOTE_CHROMIUM")
    if named:
        return shutil.which(named)
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


class BrowserError(RuntimeError):
    """The browser answered a command with an error, or went away."""


class Browser:
    """One headless browser with one page, closed on exit."""

    def __init__(self, process: subprocess.Popen[bytes], send: int, receive: int, profile: str):
        self._process = process
        self._send = send
        self._receive = receive
        self._profile = profile
        self._buffer = b""
        self._next_id = 0
        self._events: list[dict[str, Any]] = []
        self._session = ""

    @classmethod
    def start(cls, executable: str | None = None) -> Browser:
        """Start the browser and attach to a blank page."""
        program = executable or find_chromium()
        if program is None:
            raise BrowserError("no Chromium found")
        profile = tempfile.mkdtemp(prefix="thanknote-chromium-")
        to_browser_r, to_browser_w = os.pipe()
        from_browser_r, from_browser_w = os.pipe()

        def wire() -> None:  # in the child: the pipe ends become fds 3 and 4
            high_r, high_w = os.dup(to_browser_r), os.dup(from_browser_w)
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        process = subprocess.Popen(
            [
                program,
                "--headless",
                "--no-sandbox",  # CI runs as root, where the sandbox refuses to start
                "--disable-gpu",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-extensions",
                "--hide-scrollbars",
                "--force-color-profile=srgb",
                f"--user-data-dir={profile}",
                "--remote-debugging-pipe",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=wire,  # only dup2 before exec; fds 3 and 4 stay open
            close_fds=False,
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        browser = cls(process, to_browser_w, from_browser_r, profile)
        try:
            browser._attach()
        except BaseException:
            browser.close()
            raise
        return browser

    def __enter__(self) -> Browser:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Ask the browser to quit, then make sure it has."""
        with contextlib.suppress(OSError):
            self._write({"id": -1, "method": "Browser.close"})
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        for fd in (self._send, self._receive):
            with contextlib.suppress(OSError):
                os.close(fd)
        shutil.rmtree(self._profile, ignore_errors=True)

    # -- protocol ------------------------------------------------------------

    def _write(self, message: dict[str, Any]) -> None:
        data = json.dumps(message).encode() + b"\0"
        while data:
            data = data[os.write(self._send, data) :]

    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline:
                raise BrowserError("the browser did not answer in time")
            chunk = os.read(self._receive, 1 << 16)
            if not chunk:
                raise BrowserError("the browser closed the connection")
            self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b"\0")
        result: dict[str, Any] = json.loads(message)
        return result

    def command(self, method: str, session: bool = True, **params: Any) -> dict[str, Any]:
        """Send one command and return its result."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session and self._session:
            message["sessionId"] = self._session
        self._write(message)
        deadline = time.monotonic() + _TIMEOUT
        while True:
            answer = self._read(deadline)
            if answer.get("id") == self._next_id:
                if "error" in answer:
                    raise BrowserError(f"{method}: {answer['error']}")
                result: dict[str, Any] = answer.get("result", {})
                return result
            if "method" in answer:
                self._events.append(answer)

    def _wait_for(self, method: str) -> dict[str, Any]:
        deadline = time.monotonic() + _TIMEOUT
        while True:
            for event in self._events:
                if event["method"] == method:
                    self._events.remove(event)
                    return event
            answer = self._read(deadline)
            if "method" in answer:
                self._events.append(answer)

    def _attach(self) -> None:
        targets = self.command("Target.getTargets", session=False)["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        attached = self.command(
            "Target.attachToTarget", session=False, targetId=page["targetId"], flatten=True
        )
        self._session = attached["sessionId"]
        self.command("Page.enable")
        self.command("Network.enable")

    # -- what a test does ----------------------------------------------------

    def open(self, path: Path, *, width: int, height: int = 800, dark: bool = False) -> None:
        """Load a local file in a viewport ``width`` CSS pixels wide, as a phone or a desktop."""
        self.command(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=width < 600,
        )
        self.command(
            "Emulation.setEmulatedMedia",
            features=[{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}],
        )
        self._events.clear()
        self.command("Page.navigate", url=path.resolve().as_uri())
        self._wait_for("Page.loadEventFired")

    def requested(self) -> list[str]:
        """The URLs the page asked for since it was opened, the page's own first."""
        return [
            e["params"]["request"]["url"]
            for e in self._events
            if e["method"] == "Network.requestWillBeSent"
        ]

    def press(self, key: str, code: int) -> None:
        """Press and release a key, such as ``("Tab", 9)``."""
        for kind in ("keyDown", "keyUp"):
            self.command(
                "Input.dispatchKeyEvent",
                type=kind,
                key=key,
                code=key,
                windowsVirtualKeyCode=code,
                nativeVirtualKeyCode=code,
            )

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (JSON-compatible values)."""
        answer = self.command("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in answer:
            raise BrowserError(f"{expression!r}: {answer['exceptionDetails']}")
        return answer["result"].get("value")

    def screenshot(self, target: Path, *, full_page: bool = True) -> Path:
        """Save a PNG of the page (all of it, by default) at the current width."""
        params: dict[str, Any] = {"format": "png"}
        if full_page:
            params["captureBeyondViewport"] = True
            size = self.command("Page.getLayoutMetrics")["cssContentSize"]
            params["clip"] = {
                "x": 0,
                "y": 0,
                "width": size["width"],
                "height": size["height"],
                "scale": 1,
            }
        data = self.command("Page.captureScreenshot", **params)["data"]
        target.write_bytes(base64.b64decode(data))
        return target
