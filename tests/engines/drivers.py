"""Two browsers from Debian driven over the W3C WebDriver protocol, with nothing downloaded:

- WebKitGTK (Safari's engine family): Debian's `WebKitWebDriver` (webkit2gtk-driver) runs
  MiniBrowser, the libwebkit2gtk browser, in automation mode; MiniBrowser has no headless
  mode, so it draws into an Xvfb display of its own.
- Firefox ESR: Firefox's own Marionette server, the protocol geckodriver translates
  WebDriver into, spoken directly (geckodriver is not packaged by Debian and the network
  reaches no GitHub release). Marionette's commands are WebDriver's, named `WebDriver:…`.

Both give a `Session` with the same few commands the smoke tests need. Nothing here waits
on a clock: a process is ready when it says so (Xvfb's -displayfd, Firefox's port file
watched with the driver's own connection attempts bounded by a deadline)."""

from __future__ import annotations

import base64
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"
WEBKIT_DRIVER = "/usr/bin/WebKitWebDriver"
MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"
FIREFOX = "/usr/bin/firefox-esr"
XVFB = "/usr/bin/Xvfb"


class WebDriverError(RuntimeError):
    pass


def _until(what: str, ready: Callable[[], Any], process: subprocess.Popen[Any]) -> Any:
    """`ready()`'s first truthy value, polled while the process that will make it true runs
    (each pause is a wait on that process, which ends early if it exits)."""
    end = time.monotonic() + 60
    while not (value := ready()):
        if time.monotonic() > end:
            raise WebDriverError(f"timed out waiting for {what}")
        try:
            code = process.wait(timeout=0.05)
        except subprocess.TimeoutExpired:
            continue
        raise WebDriverError(f"{what}: the process exited ({code}) before it was ready")
    return value


class Element:
    def __init__(self, session: Session, ident: str) -> None:
        self.session = session
        self.id = ident

    def as_arg(self) -> dict[str, str]:
        return {ELEMENT: self.id}

    def send_keys(self, text: str) -> None:
        self.session.command("ElementSendKeys", id=self.id, text=text)

    def click(self) -> None:
        self.session.command("ElementClick", id=self.id)

    def clear(self) -> None:
        self.session.command("ElementClear", id=self.id)

    def computed_label(self) -> str:
        return str(self.session.command("GetComputedLabel", id=self.id))

    def computed_role(self) -> str:
        return str(self.session.command("GetComputedRole", id=self.id))


class Session:
    """A WebDriver session: `command(name, **params)` with WebDriver's command names."""

    engine = ""

    def command(self, name: str, **params: Any) -> Any:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    # --- the few commands the tests use -------------------------------------------------

    def navigate(self, url: str) -> None:
        self.command("Navigate", url=url)

    def refresh(self) -> None:
        self.command("Refresh")

    def url(self) -> str:
        return str(self.command("GetCurrentURL"))

    def execute(self, script: str, *args: Any) -> Any:
        return self._wrap(self.command("ExecuteScript", script=script, args=self._args(args)))

    def execute_async(self, script: str, *args: Any) -> Any:
        """`script` is a function body; its last argument is the callback for its result."""
        found = self.command("ExecuteAsyncScript", script=script, args=self._args(args))
        return self._wrap(found)

    def print_pdf(self) -> bytes:
        """The page as the browser prints it (print media, A4), as WebDriver's Print gives it."""
        data = self.command(
            "Print", page={"width": 21.0, "height": 29.7}, background=False, shrinkToFit=True
        )
        return base64.b64decode(data)

    def set_script_timeout(self, ms: int) -> None:
        self.command("SetTimeouts", script=ms)

    def _args(self, args: tuple[Any, ...]) -> list[Any]:
        return [a.as_arg() if isinstance(a, Element) else a for a in args]

    def _wrap(self, value: Any) -> Any:
        if isinstance(value, dict) and ELEMENT in value:
            return Element(self, value[ELEMENT])
        if isinstance(value, list):
            return [self._wrap(v) for v in value]
        if isinstance(value, dict):
            return {k: self._wrap(v) for k, v in value.items()}
        return value


# --- WebKitGTK: WebKitWebDriver over HTTP ---------------------------------------------------

# WebDriver's HTTP endpoints for the commands above ({id}: the element).
ROUTES = {
    "NewSession": ("POST", "/session"),
    "DeleteSession": ("DELETE", ""),
    "Navigate": ("POST", "/url"),
    "GetCurrentURL": ("GET", "/url"),
    "Refresh": ("POST", "/refresh"),
    "ExecuteScript": ("POST", "/execute/sync"),
    "ExecuteAsyncScript": ("POST", "/execute/async"),
    "FindElement": ("POST", "/element"),
    "ElementSendKeys": ("POST", "/element/{id}/value"),
    "ElementClick": ("POST", "/element/{id}/click"),
    "ElementClear": ("POST", "/element/{id}/clear"),
    "GetComputedLabel": ("GET", "/element/{id}/computedlabel"),
    "GetComputedRole": ("GET", "/element/{id}/computedrole"),
    "SetTimeouts": ("POST", "/timeouts"),
    "Print": ("POST", "/print"),
    "SetWindowRect": ("POST", "/window/rect"),
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Xvfb:
    """A virtual X display; started once -displayfd has told its number (it is listening)."""

    def __init__(self) -> None:
        read, write = os.pipe()
        self.process = subprocess.Popen(
            [XVFB, "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as said:
            number = said.readline().strip()
        if not number:
            raise WebDriverError("Xvfb did not start")
        self.display = f":{number}"

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


# The page as it stands, for printing elsewhere: values, choices and text typed by the reader
# written into the markup (a copy of the DOM carries only the markup), scripts left out.
SERIALIZE = """
const copy = document.documentElement.cloneNode(true);
const controls = "input, textarea, select";
const copies = copy.querySelectorAll(controls);
document.querySelectorAll(controls).forEach((live, i) => {
  const out = copies[i];
  if (live.tagName === "TEXTAREA") {
    out.textContent = live.value;
  } else if (live.tagName === "SELECT") {
    const options = out.querySelectorAll("option");
    options.forEach((o, j) => o.toggleAttribute("selected", live.options[j].selected));
  } else if (live.type === "checkbox" || live.type === "radio") {
    out.toggleAttribute("checked", live.checked);
  } else {
    out.setAttribute("value", live.value);
  }
});
for (const script of copy.querySelectorAll("script")) script.remove();
return "<!doctype html>" + copy.outerHTML;
"""
# Debian's Python, with Debian's GObject bindings for WebKitGTK (not the project's venv).
SYSTEM_PYTHON = "/usr/bin/python3"


class WebKitSession(Session):
    engine = "webkit"

    def __init__(self) -> None:
        self.xvfb = Xvfb()
        port = free_port()
        env = {**os.environ, "DISPLAY": self.xvfb.display}
        # No accessibility bus in a container: GTK would wait for one.
        env.setdefault("NO_AT_BRIDGE", "1")
        self.folder = Path(tempfile.mkdtemp(prefix="stc-webkit-"))
        with (self.folder / "driver.log").open("wb") as log:
            self.driver = subprocess.Popen(
                [WEBKIT_DRIVER, f"--port={port}"], env=env, stdout=log, stderr=log
            )
        self.base = f"http://127.0.0.1:{port}"
        _until("WebKitWebDriver", lambda: self._listening(port), self.driver)
        self.session = ""
        caps = {
            "browserName": "MiniBrowser",
            "webkitgtk:browserOptions": {"binary": MINIBROWSER, "args": ["--automation"]},
        }
        made = self.command("NewSession", capabilities={"alwaysMatch": caps})
        self.session = made["sessionId"]
        self.capabilities = made["capabilities"]
        self.command("SetWindowRect", width=1280, height=1000)  # a desktop window

    @staticmethod
    def _listening(port: int) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return True
        except OSError:
            return False

    def command(self, name: str, **params: Any) -> Any:
        method, path = ROUTES[name]
        element = params.pop("id", None)
        path = path.format(id=element)
        url = self.base + "/session" + (f"/{self.session}" if self.session else "") + path
        if name == "NewSession":
            url = self.base + "/session"
        body = json.dumps(params).encode() if method == "POST" else None
        request = urllib.request.Request(url, data=body, method=method)
        request.add_header("Content-Type", "application/json; charset=utf-8")
        try:
            with urllib.request.urlopen(request, timeout=300) as answer:
                value = json.loads(answer.read())["value"]
        except urllib.error.HTTPError as failed:
            said = json.loads(failed.read() or b"{}").get("value", {})
            raise WebDriverError(f"{name}: {said.get('error')}: {said.get('message')}") from None
        return value

    def print_pdf(self) -> bytes:
        """WebKitWebDriver 2.50 has no Print command: the page as the reader left it (the
        markup, with what they typed written into it, without scripts) is printed by
        WebKitGTK's own print path in this session's display (webkit_print.py)."""
        markup = self.execute(SERIALIZE)
        page, out = self.folder / "page.html", self.folder / "page.pdf"
        page.write_text(markup, "utf-8")
        out.unlink(missing_ok=True)
        subprocess.run(
            [
                SYSTEM_PYTHON,
                str(Path(__file__).with_name("webkit_print.py")),
                str(page),
                self.url(),
                str(out),
            ],
            env={**os.environ, "DISPLAY": self.xvfb.display, "NO_AT_BRIDGE": "1"},
            check=True,
            timeout=120,
        )
        return out.read_bytes()

    def close(self) -> None:
        try:
            if self.session:
                self.command("DeleteSession")
        finally:
            self.driver.terminate()
            self.driver.wait(timeout=30)
            self.xvfb.stop()
            shutil.rmtree(self.folder, ignore_errors=True)


# --- Firefox: Marionette ----------------------------------------------------------------------


class FirefoxSession(Session):
    """Firefox ESR, headless, with a fresh profile; Marionette on a port Firefox picks and
    writes into the profile (MarionetteActivePort), as geckodriver does it."""

    engine = "firefox"

    def __init__(self) -> None:
        self.profile = Path(tempfile.mkdtemp(prefix="stc-firefox-"))
        prefs = {
            "marionette.port": 0,
            # Nothing talks to Mozilla's services (the network reaches no other host anyway).
            "app.update.disabledForTesting": True,
            "browser.shell.checkDefaultBrowser": False,
            "datareporting.policy.dataSubmissionEnabled": False,
            "toolkit.telemetry.server": "",
            "browser.startup.homepage_override.mstone": "ignore",
            "intl.accept_languages": "es-ES, es",
        }
        (self.profile / "user.js").write_text(
            "".join(f"user_pref({json.dumps(k)}, {json.dumps(v)});\n" for k, v in prefs.items())
        )
        command = [FIREFOX, "--headless", "--marionette", "--no-remote"]
        with (self.profile / "firefox.log").open("wb") as log:
            self.process = subprocess.Popen(
                [*command, "--profile", str(self.profile)],
                stdout=log,
                stderr=log,
                env={**os.environ, "MOZ_CRASHREPORTER_DISABLE": "1"},
            )
        port_file = self.profile / "MarionetteActivePort"
        port = int(_until("Marionette", lambda: self._port(port_file), self.process))
        self.socket = socket.create_connection(("127.0.0.1", port), timeout=300)
        self.reader = self.socket.makefile("rb")
        self._receive()  # the server's hello: {"applicationType": "gecko", ...}
        self.next_id = 0
        made = self.command("NewSession", capabilities={"alwaysMatch": {}})
        self.capabilities = made["capabilities"]

    @staticmethod
    def _port(port_file: Path) -> str:
        return port_file.read_text().strip() if port_file.exists() else ""

    def _receive(self) -> Any:
        length = b""
        while not length.endswith(b":"):
            byte = self.reader.read(1)
            if not byte:
                raise WebDriverError("Marionette closed the connection")
            length += byte
        return json.loads(self.reader.read(int(length[:-1])))

    def command(self, name: str, **params: Any) -> Any:
        self.next_id += 1
        message = json.dumps([0, self.next_id, f"WebDriver:{name}", params]).encode()
        self.socket.sendall(str(len(message)).encode() + b":" + message)
        while True:
            kind, ident, error, result = self._receive()
            if kind == 1 and ident == self.next_id:
                break
        if error:
            raise WebDriverError(f"{name}: {error.get('error')}: {error.get('message')}")
        # Marionette wraps plain values as {"value": ...}, as the HTTP protocol does.
        if isinstance(result, dict) and set(result) == {"value"}:
            return result["value"]
        return result

    def close(self) -> None:
        try:
            self.command("DeleteSession")
            self.socket.close()
        except (OSError, WebDriverError):
            pass
        self.process.terminate()
        self.process.wait(timeout=30)
        shutil.rmtree(self.profile, ignore_errors=True)


ENGINES: dict[str, Callable[[], Session]] = {"webkit": WebKitSession, "firefox": FirefoxSession}
