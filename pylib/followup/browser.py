"""Browser adapter: the only module that knows `js`, DOM events and localStorage.

It turns events into calls on the pure core, asks `followup.render` for the new HTML and
writes back only the regions that changed. One `App` lives for the whole visit (Material's
instant navigation keeps the window), and every page's tools share its case files.
"""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import replace
from typing import Any

import js  # type: ignore[import-not-found]
from pyodide.ffi import create_once_callable, create_proxy, jsnull, to_js  # type: ignore[import-not-found]

from followup import export, labels, render, storage, validation, wizard
from followup.messages import Goal
from followup.model import Channel
from followup.render import BuilderPrefs, View
from followup.storage import BACKUP_PREFIX, HANDOFF_KEY, STORAGE_KEY, CaseLog, StorageError
from followup.wizard import WizardState

SAVE_DELAY_MS = 300


def node(value: Any) -> Any:
    """A DOM lookup's result, or None: Pyodide gives JS null as `jsnull`, which is truthy-safe
    but not `None`."""
    return None if value is None or value is jsnull else value


def data(element: Any, name: str) -> str:
    """The attribute `data-<name>` as text, "" when absent (or when the event target is not
    an element): `element.dataset.x` raises AttributeError in Pyodide for a missing key."""
    get = getattr(element, "getAttribute", None)
    value = get(f"data-{name}") if get else None
    return value if isinstance(value, str) else ""


def stored(key: str) -> str | None:
    """localStorage text; Pyodide maps JS null to `JsNull`, not None, so test for str."""
    value = js.localStorage.getItem(key)
    return value if isinstance(value, str) else None


def today() -> Any:
    import datetime as dt

    now = js.Date.new()
    return dt.date(now.getFullYear(), now.getMonth() + 1, now.getDate())


class App:
    def __init__(self) -> None:
        self.log = CaseLog()
        self.base = ""
        self.errors: dict[str, str] = {}
        self.builder = BuilderPrefs()
        self.wizard = WizardState()
        self.notice = ""
        # Each mounted tool with its event proxies; instant navigation detaches old tools,
        # whose proxies are destroyed so Python callables do not leak across pages.
        self.roots: list[tuple[Any, list[Any]]] = []
        self.proxies: list[Any] = []  # window-level, for the whole visit
        self.save_timer: Any = None
        self.window_bound = False
        self.persist_asked: Any = None
        self.tasks: set[Any] = set()

    # --- state -------------------------------------------------------------------------

    def view(self) -> View:
        return View(
            log=self.log,
            today=today(),
            base=self.base,
            errors=dict(self.errors),
            builder=self.builder,
            wizard=self.wizard,
            notice=self.notice,
        )

    def load(self) -> None:
        raw = stored(STORAGE_KEY)
        if raw is None:
            self.log = CaseLog()
        else:
            try:
                self.log = storage.parse(raw)
            except StorageError as problem:
                # Keep the unreadable text aside, never overwrite it silently.
                key = f"{BACKUP_PREFIX}{js.Date.new().toISOString()}"
                js.localStorage.setItem(key, raw)
                js.localStorage.removeItem(STORAGE_KEY)
                self.log = CaseLog()
                self.notice = labels.CORRUPT_NOTICE.format(why=problem.message, key=key)
        self.ensure_case()

    def ensure_case(self) -> None:
        """Tools always edit a case: a first one is created in memory, saved on first change."""
        if self.log.active() is None:
            if self.log.cases:
                self.log = storage.select_case(self.log, self.log.cases[0].id)
            else:
                self.log = storage.add_case(self.log, uuid.uuid4().hex[:12])

    def save_now(self) -> None:
        if self.save_timer is not None:
            js.clearTimeout(self.save_timer)
            self.save_timer = None
        try:
            js.localStorage.setItem(STORAGE_KEY, storage.serialize(self.log))
        except Exception:  # quota exceeded, private mode: tell the reader, keep the data in memory
            self.notice = labels.SAVE_FAILED
            self.refresh()

    def save_soon(self) -> None:
        if self.save_timer is not None:
            js.clearTimeout(self.save_timer)
        self.save_timer = js.setTimeout(
            create_once_callable(lambda: self.save_now()), SAVE_DELAY_MS
        )

    def flush(self, *_: Any) -> None:
        if self.save_timer is not None:
            self.save_now()

    # --- DOM ---------------------------------------------------------------------------

    def live_roots(self) -> list[Any]:
        for root, proxies in self.roots:
            if not root.isConnected:
                for proxy in proxies:
                    proxy.destroy()
        self.roots = [(root, proxies) for root, proxies in self.roots if root.isConnected]
        return [root for root, _ in self.roots]

    def fresh(self, root: Any) -> Any:
        template = js.document.createElement("template")
        template.innerHTML = render.render(data(root, "stc-tool"), self.view())
        return template.content.firstElementChild

    def refresh(self) -> None:
        """Swap only the output regions whose HTML changed; fields keep focus and caret."""
        focused = node(js.document.activeElement)
        focus_id = focused.id if focused is not None else ""
        for root in self.live_roots():
            new = self.fresh(root)
            for live in list(root.querySelectorAll("[data-region]")):
                if not live.isConnected:
                    continue
                name = data(live, "region")
                match = node(new.querySelector(f'[data-region="{name}"]'))
                if match is not None and match.outerHTML != live.outerHTML:
                    live.replaceWith(match)
        self.restore_focus(focus_id)

    def redraw(self, focus_id: str = "") -> None:
        """Re-render whole tools: after structural changes (another case, a wizard step)."""
        focused = node(js.document.activeElement)
        keep = focus_id or (focused.id if focused is not None else "")
        for root in self.live_roots():
            root.innerHTML = self.fresh(root).innerHTML
        self.restore_focus(keep)
        self.show_persist()

    def restore_focus(self, focus_id: str) -> None:
        if not focus_id:
            return
        current = node(js.document.activeElement)
        if current is not None and current.id == focus_id:
            return
        target = node(js.document.getElementById(focus_id))
        if target is not None:
            target.focus()

    # --- mounting ----------------------------------------------------------------------

    def mount(self, root: Any, base: str) -> None:
        self.base = base
        # A change typed just before an instant navigation may still wait for its debounce:
        # write it first, then read the saved cases again as every page does.
        self.flush()
        self.load()
        self.take_handoff()
        self.bind_window()
        self.live_roots()
        proxies = []
        for kind in ("input", "click", "submit", "change"):
            handler = create_proxy(getattr(self, f"on_{kind}"))
            proxies.append(handler)
            root.addEventListener(kind, handler)
        self.roots.append((root, proxies))
        root.innerHTML = self.fresh(root).innerHTML
        self.ask_persist()

    def bind_window(self) -> None:
        if self.window_bound:
            return
        self.window_bound = True
        for kind, handler in (
            ("storage", self.on_storage),
            ("pagehide", self.flush),
            ("visibilitychange", self.flush),
        ):
            proxy = create_proxy(handler)
            self.proxies.append(proxy)
            js.window.addEventListener(kind, proxy)

    def take_handoff(self) -> None:
        raw = stored(HANDOFF_KEY)
        if raw is None:
            return
        js.localStorage.removeItem(HANDOFF_KEY)
        action, _, channel = str(raw).partition(":")
        try:
            prefs = BuilderPrefs(channel=Channel(channel)) if channel else BuilderPrefs()
        except ValueError:
            prefs = BuilderPrefs()
        if action == "escalate":
            prefs = replace(prefs, escalate=True)
        elif action == "call":
            prefs = replace(prefs, channel=Channel.PHONE)
        elif action == "social":
            prefs = replace(prefs, channel=Channel.SOCIAL)
        self.builder = prefs

    def ask_persist(self) -> None:
        if self.persist_asked is not None:
            self.show_persist()
            return
        self.persist_asked = False
        storage_manager = getattr(js.navigator, "storage", None)
        if storage_manager is None or not hasattr(storage_manager, "persist"):
            return

        async def ask() -> None:
            try:
                self.persist_asked = bool(await storage_manager.persist())
            except Exception:
                self.persist_asked = False
            self.show_persist()

        self.spawn(ask())

    def show_persist(self) -> None:
        text = labels.PERSISTED if self.persist_asked else labels.NOT_PERSISTED
        for el in js.document.querySelectorAll("[data-persist-status]"):
            el.textContent = text

    # --- events ------------------------------------------------------------------------

    def spawn(self, coroutine: Any) -> None:
        # Keep a reference: the event loop holds tasks weakly.
        task = asyncio.ensure_future(coroutine)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    def update_case(self, case: Any) -> None:
        self.log = storage.update_case(self.log, case)
        self.save_soon()

    def on_input(self, event: Any) -> None:
        target = event.target
        case = self.log.active()
        if case is None:
            return
        # One attribute read per kind of control, in the order the branches need them.
        if field := data(target, "field"):
            if target.type == "radio" and not target.checked:
                return
            updated, error = validation.set_field(case, field, target.value, today())
            self.errors[field] = error or ""
            if error is None:
                self.update_case(updated)
            self.refresh()
        elif item := data(target, "check"):
            checked = set(case.checked)
            (checked.add if target.checked else checked.discard)(item)
            self.update_case(case.with_changes(checked=frozenset(checked)))
            self.refresh()
        elif pref := data(target, "pref"):
            if pref == "goal":
                self.builder = replace(self.builder, goal=Goal(target.value))
            elif pref == "escalate":
                self.builder = replace(self.builder, escalate=bool(target.checked))
            self.refresh()
        elif data(target, "draft"):
            found = render.check_text(target.value, case, public=data(target, "public") == "yes")
            box = node(js.document.querySelector(f'[data-warnings-for="{target.id}"]'))
            if box is not None:
                box.innerHTML = render.findings_html(found)
        elif answer := data(target, "wizard"):
            self.on_wizard_answer(answer, target)

    def on_wizard_answer(self, answer: str, target: Any) -> None:
        if answer == "follow_ups":
            self.wizard = wizard.set_follow_ups(self.wizard, target.value)
        elif answer == "channel":
            self.wizard = wizard.toggle_channel(self.wizard, Channel(target.value), target.checked)
        elif answer == "escalated" and target.checked:
            self.wizard = replace(self.wizard, escalated=target.value == "yes")

    def on_change(self, event: Any) -> None:
        target = event.target
        action = data(target, "action")
        if action == "import" and target.files.length:
            self.spawn(self.import_file(target.files.item(0)))
        elif action == "select-case":
            self.select_case(target)

    def select_case(self, select: Any) -> None:
        self.log = storage.select_case(self.log, select.value)
        self.errors.clear()
        self.wizard = WizardState()
        self.save_now()
        self.redraw(select.id)

    async def import_file(self, file: Any) -> None:
        text = await file.text()
        try:
            imported = export.from_json(str(text))
        except StorageError as problem:
            self.errors["import"] = problem.message
            self.refresh()
            return
        self.errors["import"] = ""
        self.log = imported
        self.ensure_case()
        self.notice = labels.IMPORTED.format(n=len(imported.cases))
        self.save_now()
        self.redraw()

    def on_submit(self, event: Any) -> None:
        event.preventDefault()
        form = event.target
        if form.hasAttribute("data-wizard-form"):
            self.wizard_next(form)
        elif form.hasAttribute("data-entry-form"):
            self.add_entry(form)

    def wizard_next(self, form: Any) -> None:
        case = self.log.active()
        if case is None:
            return
        if self.wizard.error:
            self.redraw()
            return
        error = wizard.step_error(self.wizard, case)
        if error:
            self.wizard = replace(self.wizard, error=error)
            self.redraw()
        else:
            self.wizard = wizard.prefilled(self.wizard, case).go(self.wizard.step + 1)
            self.redraw()
            self.focus_wizard()

    def focus_wizard(self) -> None:
        target_id = "stc-wizard-result" if self.wizard.finished else "stc-wizard-step"
        target = node(js.document.getElementById(target_id))
        if target is None:
            return
        first = None
        if not self.wizard.finished:
            form = node(target.closest("form"))
            first = node(form.querySelector("input, select")) if form is not None else None
        (first or target).focus()

    def add_entry(self, form: Any) -> None:
        case = self.log.active()
        if case is None:
            return

        def value(name: str) -> str:
            return str(form.elements.namedItem(name).value)

        updated, errors = validation.add_interaction(
            case,
            value("date"),
            value("channel"),
            value("kind"),
            value("agent"),
            value("note"),
            today(),
        )
        for name in ("date", "channel", "kind"):
            self.errors[f"entry-{name}"] = errors.get(name, "")
        if errors:
            self.refresh()
            return
        self.update_case(updated)
        form.elements.namedItem("agent").value = ""
        form.elements.namedItem("note").value = ""
        self.refresh()

    def on_click(self, event: Any) -> None:
        button = node(event.target.closest("[data-action]"))
        if button is None or button.tagName in ("SELECT", "INPUT"):
            return
        action = data(button, "action")
        handler = getattr(self, "do_" + action.replace("-", "_"), None)
        if handler is not None:
            handler(button)

    def on_storage(self, event: Any) -> None:
        if event.key != STORAGE_KEY or not isinstance(event.newValue, str):
            return
        try:
            self.log = storage.parse(event.newValue)
        except StorageError:
            return  # the other tab will show the notice; keep ours as it is
        self.ensure_case()
        self.notice = labels.OTHER_TAB
        self.redraw()

    # --- actions (data-action="…") -----------------------------------------------------

    def do_new_case(self, button: Any) -> None:
        self.log = storage.add_case(self.log, uuid.uuid4().hex[:12])
        self.errors.clear()
        self.wizard = WizardState()
        self.save_now()
        tool = data(button.closest("[data-stc-tool]"), "stc-tool")
        self.redraw(f"stc-{tool}-title")

    def do_delete_case(self, button: Any) -> None:
        case = self.log.active()
        if case is None or not js.window.confirm(
            labels.CONFIRM_DELETE.format(name=case.display_name())
        ):
            return
        self.log = storage.delete_case(self.log, case.id)
        self.ensure_case()
        self.errors.clear()
        self.wizard = WizardState()
        self.save_now()
        self.redraw()

    def do_channel(self, button: Any) -> None:
        self.builder = replace(self.builder, channel=Channel(data(button, "value")))
        self.refresh()

    def do_copy(self, button: Any) -> None:
        source = node(js.document.getElementById(data(button, "target")))
        status = node(button.parentElement.querySelector("[data-copy-status]"))

        async def copy() -> None:
            try:
                await js.navigator.clipboard.writeText(source.value)
                message = labels.COPIED
            except Exception:
                message = labels.COPY_FAILED
            if status is not None:
                status.textContent = message

        self.spawn(copy())

    def do_add_evidence(self, button: Any) -> None:
        case = self.log.active()
        field = node(button.closest(".stc-field").querySelector("[data-evidence-input]"))
        if case is None or field is None:
            return
        updated, error = validation.add_evidence(case, field.value)
        self.errors["evidence"] = error or ""
        if error is None:
            self.update_case(updated)
            field.value = ""
        self.refresh()
        field.focus()

    def do_remove_evidence(self, button: Any) -> None:
        case = self.log.active()
        if case is not None:
            self.update_case(validation.remove_evidence(case, int(data(button, "index"))))
            self.refresh()

    def do_remove_entry(self, button: Any) -> None:
        case = self.log.active()
        if case is not None:
            self.update_case(validation.remove_interaction(case, int(data(button, "index"))))
            self.refresh()

    def do_wizard_back(self, button: Any) -> None:
        self.wizard = self.wizard.go(self.wizard.step - 1)
        self.redraw()
        self.focus_wizard()

    def do_wizard_restart(self, button: Any) -> None:
        self.wizard = WizardState()
        self.redraw()
        self.focus_wizard()

    def do_write_message(self, button: Any) -> None:
        js.localStorage.setItem(HANDOFF_KEY, f"{data(button, 'advice')}:{data(button, 'channel')}")
        self.flush()
        js.location.assign(f"{self.base}redactar/#stc-builder-tool")

    def download(self, filename: str, text: str, mime: str) -> None:
        options = to_js({"type": mime}, dict_converter=js.Object.fromEntries)
        blob = js.Blob.new(to_js([text]), options)
        url = js.URL.createObjectURL(blob)
        link = js.document.createElement("a")
        link.href = url
        link.download = filename
        link.hidden = True
        js.document.body.appendChild(link)
        link.click()
        link.remove()
        js.setTimeout(create_once_callable(lambda: js.URL.revokeObjectURL(url)), 10_000)

    def do_export_csv(self, button: Any) -> None:
        self.download(export.csv_filename(today()), export.to_csv(self.log), "text/csv")

    def do_export_json(self, button: Any) -> None:
        self.download(export.json_filename(today()), export.to_json(self.log), "application/json")

    def do_export_ics(self, button: Any) -> None:
        case = self.log.active()
        if case is None or case.next_action is None:
            self.errors["next_action"] = labels.ICS_NEEDS_DATE
            self.refresh()
            return
        self.errors["next_action"] = ""
        now = js.Date.new().toISOString()
        import datetime as dt

        stamp = dt.datetime.fromisoformat(str(now).replace("Z", "+00:00"))
        self.download(export.ics_filename(case), export.to_ics(case, stamp), "text/calendar")
        self.refresh()

    def do_clear_all(self, button: Any) -> None:
        if not js.window.confirm(labels.CONFIRM_CLEAR):
            return
        js.localStorage.removeItem(STORAGE_KEY)
        if self.save_timer is not None:
            js.clearTimeout(self.save_timer)
            self.save_timer = None
        self.log = CaseLog()
        self.errors.clear()
        self.wizard = WizardState()
        self.ensure_case()
        self.notice = labels.CLEARED
        self.redraw()


APP = App()


def mount(root: Any, base: str) -> None:
    """Called by the loader for each tool on the page that is not mounted yet."""
    APP.mount(root, base)
