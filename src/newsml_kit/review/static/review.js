// newsml-kit review: plain JavaScript, no build step, nothing loaded from elsewhere.
// The server does every edit through the model; this page keeps the list of edits made since the
// item was loaded, sends it whole each time, and shows what the server rendered (escaped there).
"use strict";

(function () {
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  const statusLine = document.getElementById("status");

  function say(text, kind) {
    statusLine.textContent = text;
    statusLine.className = kind || "";
  }

  function itemUrl(path) {
    return "/item?path=" + encodeURIComponent(path).replace(/%2F/g, "/");
  }

  function typing(event) {
    const target = event.target;
    return target instanceof HTMLElement &&
      (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
  }

  async function post(url, body) {
    const response = await fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify(body),
    });
    let answer;
    try {
      answer = await response.json();
    } catch (_) {
      answer = { ok: false, error: (await response.text()) || response.statusText };
    }
    return answer;
  }

  const help = document.getElementById("help");
  document.addEventListener("keydown", (event) => {
    if (event.key === "?" && !typing(event)) {
      help.open ? help.close() : help.showModal();
      event.preventDefault();
    }
  });

  // --- the queue -------------------------------------------------------------------------------
  const queue = document.getElementById("queue");
  if (queue) {
    const rows = Array.from(queue.querySelectorAll("tr.entry"));
    let current = 0;
    const select = (index) => {
      if (!rows.length) return;
      rows[current].classList.remove("selected");
      current = Math.max(0, Math.min(rows.length - 1, index));
      rows[current].classList.add("selected");
      rows[current].scrollIntoView({ block: "nearest" });
    };
    select(0);
    rows.forEach((row, index) => row.addEventListener("click", () => select(index)));
    document.addEventListener("keydown", (event) => {
      if (typing(event) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === "j" || event.key === "ArrowDown") select(current + 1);
      else if (event.key === "k" || event.key === "ArrowUp") select(current - 1);
      else if (event.key === "Enter" && rows.length) location.href = itemUrl(rows[current].dataset.path);
      else if (event.key === "n") {
        const next = rows.find((row) => row.dataset.status !== "approved");
        if (next) location.href = itemUrl(next.dataset.path);
        else say("Every item here is approved.", "ok");
      } else return;
      event.preventDefault();
    });
    for (const name of ["filter-status", "filter-warnings"]) {
      document.getElementById(name).addEventListener("change", (event) => event.target.form.submit());
    }
  }

  // --- one item --------------------------------------------------------------------------------
  const main = document.getElementById("item");
  if (!main) {
    document.body.dataset.ready = "yes"; // the keys work from here on
    return;
  }
  const state = {
    path: main.dataset.path,
    sha256: main.dataset.sha256,
    edits: [],
    selection: null,
    busy: false,
  };
  const textBox = document.getElementById("text");
  const panel = document.getElementById("panel");
  const bar = document.getElementById("selection-bar");
  const pending = document.getElementById("pending");

  function showPending() {
    pending.textContent = state.edits.length ? state.edits.length + " unsaved edit(s)" : "";
  }

  async function preview() {
    const answer = await post("/api/preview", { path: state.path, sha256: state.sha256, edits: state.edits });
    if (answer.ok) {
      const chosen = chosenEntity();
      textBox.innerHTML = answer.text;
      panel.innerHTML = answer.panel;
      // Keep the entity chosen for mentions across edits, while it exists.
      const again = chosen && panel.querySelector(`input[name="chosen"][value="${CSS.escape(chosen)}"]`);
      if (again) again.checked = true;
    }
    return answer;
  }

  async function edit(change) {
    if (state.busy) return;
    state.busy = true;
    state.edits.push(change);
    try {
      const answer = await preview();
      if (answer.ok) {
        say("Done: " + describe(change) + ". Save with s, approve with a.", "ok");
        if (change.span) window.getSelection().removeAllRanges();
      }
      else {
        state.edits.pop();
        say("Refused: " + answer.error, "error");
      }
    } finally {
      state.busy = false;
      showPending();
    }
  }

  function describe(change) {
    return change.op.replace(/_/g, " ");
  }

  // Offsets count code points, as the model does; the DOM counts UTF-16 units.
  function codePoints(text) {
    let count = 0;
    for (const _ of text) count += 1;
    return count;
  }

  function point(node, offset) {
    // A selection end as [block, code point offset], or null outside the text.
    let segment = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    if (segment && segment.matches && segment.matches("p.block")) {
      const children = segment.children;
      if (offset < children.length) {
        segment = children[offset];
        offset = 0;
      } else if (children.length) {
        segment = children[children.length - 1];
        offset = segment.textContent.length;
      }
      node = segment.firstChild || segment;
    }
    const span = segment && segment.closest ? segment.closest("span[data-s]") : null;
    if (!span || !textBox.contains(span)) return null;
    const block = span.closest("p.block");
    const before = node.nodeType === Node.TEXT_NODE ? node.data.slice(0, offset) : "";
    return [Number(block.dataset.block), Number(span.dataset.s) + codePoints(before)];
  }

  function readSelection() {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
    const range = selection.getRangeAt(0);
    const start = point(range.startContainer, range.startOffset);
    const end = point(range.endContainer, range.endOffset);
    if (!start || !end) return null;
    if (start[0] !== end[0]) return { error: "a mention lies within one paragraph: select inside one" };
    const text = range.toString();
    let first = start[1];
    let last = end[1];
    // Trim what the selection took of the spaces around the words.
    const leading = text.length - text.trimStart().length;
    const trailing = text.length - text.trimEnd().length;
    if (text.trim() === "") return null;
    first += codePoints(text.slice(0, leading));
    last -= codePoints(text.slice(text.length - trailing));
    return { block: start[0], start: first, end: last, text: text.trim() };
  }

  document.addEventListener("selectionchange", () => {
    const found = readSelection();
    if (found && found.error) {
      state.selection = null;
      bar.classList.remove("shown");
      say(found.error, "error");
      return;
    }
    state.selection = found;
    bar.classList.toggle("shown", Boolean(found));
    if (found) document.getElementById("selected-text").textContent = found.text;
  });

  function chosenEntity() {
    const chosen = panel.querySelector('input[name="chosen"]:checked');
    return chosen ? chosen.value : null;
  }

  function addEntity(kind) {
    if (!state.selection) return say("Select some text first.", "error");
    const change = { op: "add_entity", kind, span: state.selection };
    if (kind === "date") {
      const value = prompt("The date this text gives (YYYY, YYYY-MM or YYYY-MM-DD):", "");
      if (!value) return;
      change.value = value;
    }
    edit(change);
  }

  function addMention() {
    if (!state.selection) return say("Select some text first.", "error");
    const entity = chosenEntity();
    if (!entity) return say("Choose the entity in the list on the right first.", "error");
    edit({ op: "add_mention", entity_id: entity, span: state.selection });
  }

  bar.addEventListener("click", (event) => {
    const button = event.target.closest("button");
    if (!button) return;
    if (button.dataset.addKind) addEntity(button.dataset.addKind);
    else if (button.id === "add-mention") addMention();
  });
  // Keep the text selected while the mouse is on the bar's buttons.
  bar.addEventListener("mousedown", (event) => event.preventDefault());

  panel.addEventListener("click", (event) => {
    const button = event.target.closest("button");
    const entity = event.target.closest(".entity");
    if (!button || !entity) return;
    const id = entity.dataset.id;
    if (button.dataset.removeMention !== undefined) {
      edit({ op: "remove_mention", entity_id: id, index: Number(button.dataset.removeMention) });
    } else if (button.classList.contains("remove-entity")) {
      edit({ op: "remove_entity", entity_id: id });
    } else if (button.classList.contains("merge")) {
      showSelect(button, mergeSelect(entity));
    } else if (button.classList.contains("role")) {
      showSelect(button, roleSelect(button.dataset.role));
    }
  });

  // Focused at once, in the DOM: a focus left for later could land after a choice was made and its
  // change handler had blurred the list, and then swallow the next shortcut (s, a, ...).
  function showSelect(button, select) {
    button.replaceWith(select);
    select.focus();
  }

  // Lists built when asked: one per entity in the page would be thousands of options to lay out
  // (and the entities a merge may keep, n² of them).
  function roleSelect(current) {
    const select = document.createElement("select");
    select.className = "role-select";
    select.setAttribute("aria-label", "role in the event");
    select.add(new Option("not a participant", ""));
    for (const role of document.getElementById("entities").dataset.roles.split(" ")) {
      select.add(new Option(role, role, false, role === current));
    }
    return select;
  }

  function mergeSelect(entity) {
    const select = document.createElement("select");
    select.className = "merge-select";
    select.setAttribute("aria-label", "merge into");
    select.add(new Option("merge into…", ""));
    for (const other of panel.querySelectorAll(".entity")) {
      if (other.dataset.kind !== entity.dataset.kind || other === entity) continue;
      const name = other.querySelector(".choose b").textContent;
      select.add(new Option(name + " (" + other.dataset.id + ")", other.dataset.id));
    }
    return select;
  }

  panel.addEventListener("change", (event) => {
    const entity = event.target.closest(".entity");
    if (!entity) return;
    const id = entity.dataset.id;
    event.target.blur(); // so that the keys work again at once
    if (event.target.classList.contains("role-select")) {
      edit({ op: "set_role", entity_id: id, role: event.target.value || null });
    } else if (event.target.classList.contains("organiser")) {
      edit({ op: "set_organiser", entity_id: id, organiser: event.target.checked });
    } else if (event.target.classList.contains("merge-select") && event.target.value) {
      edit({ op: "merge_entities", keep_id: event.target.value, merge_id: id });
    }
  });

  panel.addEventListener("submit", (event) => {
    event.preventDefault();
    const form = event.target;
    const data = new FormData(form);
    if (form.id === "event-form") {
      const change = { op: "set_event", kind: data.get("kind"), start: data.get("start").trim(),
        end: data.get("end").trim(), place_id: data.get("place_id") };
      const name = data.get("name").trim();
      if (name) change.name = name;
      edit(change);
    } else if (form.classList.contains("person-form")) {
      const titles = data.get("titles").split("\n").map((t) => t.trim()).filter(Boolean);
      edit({ op: "set_person", person_id: form.dataset.id, rank: data.get("rank"), titles });
    }
  });

  async function settled() {
    // An edit still being checked is part of what a save or an undo acts on: wait for it.
    while (state.busy) await new Promise((resolve) => setTimeout(resolve, 20));
  }

  async function save(status) {
    await settled();
    state.busy = true;
    say(status === "approved" ? "Approving…" : "Saving…");
    try {
      const answer = await post("/api/save", { path: state.path, sha256: state.sha256, edits: state.edits, status });
      if (!answer.ok) return say((answer.stale ? "Not saved: " : "Refused: ") + answer.error, "error");
      state.sha256 = answer.sha256;
      state.edits = [];
      document.getElementById("version").textContent = answer.version;
      const badge = document.getElementById("item-status");
      badge.textContent = answer.status;
      badge.className = "badge " + answer.status;
      say("Saved as version " + answer.version + " (" + answer.status + ").", "ok");
      if (status === "approved") {
        if (answer.next_unreviewed) location.href = itemUrl(answer.next_unreviewed);
        else say("Approved. Every item is approved now.", "ok");
      }
    } finally {
      state.busy = false;
      showPending();
    }
  }

  async function undo() {
    await settled();
    if (state.edits.length) {
      state.busy = true;
      const last = state.edits.pop();
      try {
        const answer = await preview();
        if (answer.ok) say("Undone: " + describe(last) + ".", "ok");
        else say("Refused: " + answer.error, "error");
      } finally {
        state.busy = false;
        showPending();
      }
      return;
    }
    if (!confirm("No unsaved edit. Go back to the previously saved version of this item?")) return;
    const answer = await post("/api/undo", { path: state.path, sha256: state.sha256 });
    if (answer.ok) location.reload();
    else say("Refused: " + answer.error, "error");
  }

  function go(path, what) {
    if (!path) return say("There is no " + what + " item.", "error");
    if (state.edits.length && !confirm("Leave without saving " + state.edits.length + " edit(s)?")) return;
    state.edits = [];
    location.href = itemUrl(path);
  }

  document.getElementById("save").addEventListener("click", () => save("corrected"));
  document.getElementById("approve").addEventListener("click", () => save("approved"));
  document.getElementById("undo").addEventListener("click", undo);
  window.addEventListener("beforeunload", (event) => {
    if (state.edits.length) event.preventDefault();
  });

  const kinds = ["person", "organisation", "place", "date", "document", "award"];
  document.addEventListener("keydown", (event) => {
    if (typing(event) || event.altKey || help.open) return;
    if ((event.ctrlKey || event.metaKey) && event.key === "s") {
      save("corrected");
    } else if ((event.ctrlKey || event.metaKey) && event.key === "z") {
      undo();
    } else if (event.ctrlKey || event.metaKey) {
      return;
    } else if (event.key === "j") go(main.dataset.next, "next");
    else if (event.key === "k") go(main.dataset.previous, "previous");
    else if (event.key === "n") go(main.dataset.nextUnreviewed, "unreviewed");
    else if (event.key === "s") save("corrected");
    else if (event.key === "a") save("approved");
    else if (event.key === "u") undo();
    else if (event.key === "m") addMention();
    else if (/^[1-6]$/.test(event.key)) addEntity(kinds[Number(event.key) - 1]);
    else if (event.key === "Escape") {
      window.getSelection().removeAllRanges();
    } else return;
    event.preventDefault();
  });
  document.body.dataset.ready = "yes";
})();
