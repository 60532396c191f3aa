// The timeline page: read an article (typed, pasted, a file, an HTML page or a URL), send it
// to POST /v1/timeline and show the answer: the axis (axis.js), the events without a place
// on it, the text with its phrases, downloads and a link that restores the result.
// Plain JS modules, no build step; text from the user or the API only reaches the page
// through textContent.
"use strict";

import { createAxis, clauseWithPhrase, el } from "./axis.js";
import { describeTime, describeUndated } from "./scale.js";
import { decodeState, encodeState, loadKey, saveKey } from "./state.js";

const EXAMPLE = {
  published: "2022-03-14",
  title: "Council approves the river bridge",
  text:
    "The city council approved the new river bridge on Friday, ending a debate that began " +
    "in 2020. The old crossing opened in 1994. Engineers inspected it on March 2, and two " +
    "days later they reported cracks in two pillars. Two weeks ago the mayor warned that " +
    "traffic would have to be limited, and last week lorries were turned away. Residents " +
    "have recently complained about delays lasting three hours. Construction is expected to " +
    "start in May and take two years, and inspections will happen every month.",
};
// Request fields and the inputs that hold them; an error naming a field is shown at its input.
const FIELDS = ["text", "published", "language", "timezone", "prefer", "title"];
const INPUT_OF = { text: "text", published: "published", language: "language", timezone: "timezone", prefer: "prefer", title: "title", url: "url", file: "file", key: "api-key" };
const LABELS = { text: "Article", published: "Published", language: "Language", timezone: "Newsroom's timezone", prefer: "Ambiguous phrases", title: "Title", url: "Page address", file: "File", key: "API key" };
const REFERENCE_TAGS = { PAST_REF: "past", PRESENT_REF: "present", FUTURE_REF: "future" };

const $ = (id) => document.getElementById(id);
const keysOn = () => document.body.dataset.apiKeys === "on";

let axis;
let answer = null; // the last timeline answer, and the fields it was built from
let request = null;
let selected = null;
let stateTimer = 0;

// --- talking to the API -------------------------------------------------------------------
async function callApi(path, body, contentType) {
  const headers = { "Content-Type": contentType, Accept: "application/json" };
  const key = keysOn() ? $("api-key").value.trim() : "";
  if (key) headers.Authorization = `Bearer ${key}`;
  let response;
  try {
    response = await fetch(path, { method: "POST", headers, body });
  } catch (error) {
    throw { message: `The service could not be reached: ${error.message}.` };
  }
  return response;
}

async function failure(response) {
  const data = await response.json().catch(() => null);
  const error = data && data.error ? data.error : { message: `The server answered HTTP ${response.status}.`, fields: {} };
  if (response.status === 401) error.fields = { ...(error.fields || {}), key: [keysOn() ? "Enter one of this server's API keys." : error.message] };
  return { ...error, status: response.status };
}

function readFields() {
  const fields = {
    text: $("text").value,
    published: $("published").value.trim(),
    language: $("language").value.trim() || "en",
    prefer: $("prefer").value,
  };
  const timezone = $("timezone").value.trim();
  const title = $("title").value.trim();
  if (timezone) fields.timezone = timezone;
  if (title) fields.title = title;
  return fields;
}

function fillFields(fields) {
  for (const name of FIELDS) {
    if (fields[name] !== undefined && fields[name] !== null) $(name).value = fields[name];
  }
}

// --- reading pages: pasted HTML, files and URLs ---------------------------------------------
function looksLikeHtml(text) {
  const start = text.trimStart().slice(0, 200).toLowerCase();
  return start.startsWith("<") && /<(!doctype|html|head|body|article|main|p|div|h1|section)[\s>]/.test(start + text.slice(0, 5000).toLowerCase());
}

// The page's text, title and publish date into the form; the date and title only where the
// reader has not given them.
async function readPage(body, source) {
  const response = source === "url"
    ? await callApi("/v1/extract/url", JSON.stringify({ url: body }), "application/json")
    : await callApi("/v1/extract", body, "text/html");
  if (!response.ok) throw await pageFailure(response, source);
  const page = await response.json();
  $("text").value = page.text;
  if (page.title && !$("title").value.trim()) $("title").value = page.title;
  if (page.published) $("published").value = page.published;
  const found = [page.title && "its title", page.published && "its publish date"].filter(Boolean).join(" and ");
  setNote(`Read ${source === "url" ? page.url : "the page"} on the server: its article text is in the field${found ? `, with ${found}` : ""}.`);
  return page;
}

async function pageFailure(response, source) {
  const error = await failure(response);
  if (source !== "paste" && error.fields && error.fields.text) {
    error.fields = { [source]: error.fields.text };
  }
  return error;
}

async function openFile() {
  const file = $("file").files[0];
  if (!file) return;
  clearErrors();
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2000));
    if (/\.x?html?$/i.test(file.name) || file.type.includes("html") || looksLikeHtml(head)) {
      // The bytes as they are: the server reads the page's own charset declaration.
      await readPage(bytes, "file");
    } else {
      $("text").value = decodeUtf8(bytes, file.name);
      setNote(`Opened ${file.name}: ${$("text").value.length.toLocaleString("en")} characters.`);
    }
  } catch (error) {
    showError(error.status ? error : { message: error.message, fields: { file: [error.message] } });
  }
}

function decodeUtf8(bytes, name) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${name} is not UTF-8 text: save it as UTF-8, or open it as an HTML page.`);
  }
}

async function fetchUrl() {
  clearErrors();
  const url = $("url").value.trim();
  if (!url) return showError({ message: "Give the address of a page.", fields: { url: ["Give the address of a page."] } });
  const button = $("fetch");
  button.disabled = true;
  try {
    await readPage(url, "url");
  } catch (error) {
    showError(error);
  } finally {
    button.disabled = false;
  }
}

function setNote(text) {
  $("text-help").textContent = text;
}

// --- building the timeline ---------------------------------------------------------------
async function submit(event) {
  if (event) event.preventDefault();
  clearErrors();
  const button = $("submit");
  button.disabled = true;
  button.textContent = "Working…";
  try {
    if (looksLikeHtml($("text").value)) await readPage($("text").value, "paste");
    const fields = readFields();
    const response = await callApi("/v1/timeline", JSON.stringify(fields), "application/json");
    if (!response.ok) throw await failure(response);
    show(await response.json(), fields);
    return true;
  } catch (error) {
    showError(error);
    return false;
  } finally {
    button.disabled = false;
    button.textContent = "Build timeline";
  }
}

function show(data, fields, restored = null) {
  answer = data;
  request = fields;
  selected = null;
  const dated = data.events.filter((e) => e.time.start && e.time.end);
  const undated = data.events.filter((e) => !(e.time.start && e.time.end));
  $("result").hidden = false;
  $("result-title").textContent = data.title ? `Timeline of “${data.title}”` : "Timeline";
  drawSummary(data, dated.length);
  axis.setData(dated, data.published);
  if (restored && Array.isArray(restored.view)) axis.setView(restored.view);
  else axis.render();
  drawUndated(undated);
  drawSource(fields.text, data.events);
  $("details").hidden = true;
  if (restored && restored.selected) select(restored.selected, "restore");
  // The reader lands on the result, on any screen; focus follows for keyboards and readers.
  $("result-title").focus({ preventScroll: true });
  $("result").scrollIntoView({ block: "start" });
  saveState();
}

function drawSummary(data, datedCount) {
  const stat = (number, words) => el("li", { class: "stat" }, el("b", { textContent: number }), ` ${words}`);
  const published = describeTime({ start: data.published, end: data.published, granularity: /T00:00:00/.test(data.published) ? "day" : "minute" });
  $("summary").replaceChildren(
    stat(data.events.length, data.events.length === 1 ? "expression" : "expressions"),
    stat(datedCount, "on the axis"),
    el("li", { class: "stat" }, "published ", el("b", { textContent: published })),
    el("li", { class: "stat muted", textContent: `${data.stats.elapsed_ms} ms` }),
  );
}

function drawUndated(events) {
  const list = $("undated");
  list.replaceChildren();
  for (const event of events) {
    const tag = event.time.type === "DURATION" ? "lasts" : event.time.type === "SET" ? "repeats" : REFERENCE_TAGS[event.time.value] || "vague";
    const button = el(
      "button",
      { type: "button", class: "undated-select", id: `row-${event.id}`, "data-id": event.id, "aria-pressed": "false" },
      el("span", { class: `tag ${tag}`, textContent: tag }),
      el("span", { class: "clause" }, ...clauseWithPhrase(event)),
      el("span", { class: "value", textContent: describeUndated(event.time) }),
    );
    button.addEventListener("click", () => select(event.id, "list"));
    hoverTip(button, event);
    list.append(el("li", {}, button));
  }
  if (!events.length) list.append(el("li", { class: "empty", textContent: "None: every expression is on the axis." }));
}

// The text with each phrase as a button, cut at the API's offsets (code points, as Python's).
function drawSource(text, events) {
  const source = $("source");
  source.replaceChildren();
  const chars = Array.from(text);
  let at = 0;
  for (const event of [...events].sort((a, b) => a.span[0] - b.span[0])) {
    const [start, end] = event.span;
    if (start < at) continue;
    source.append(chars.slice(at, start).join(""));
    const mark = el("button", {
      type: "button",
      class: `phrase-link kind-${kindOf(event)}`,
      id: `mark-${event.id}`,
      "data-id": event.id,
      "aria-describedby": "source-hint",
      textContent: chars.slice(start, end).join(""),
    });
    mark.addEventListener("click", () => select(event.id, "text"));
    hoverTip(mark, event);
    source.append(mark);
    at = end;
  }
  source.append(chars.slice(at).join(""));
  source.append(el("span", { id: "source-hint", class: "visually-hidden", textContent: "Time phrase: select to show its event." }));
}

function kindOf(event) {
  if (event.time.start) return "dated";
  return event.time.type === "DURATION" || event.time.type === "SET" ? "span" : "vague";
}

// --- selecting an event ----------------------------------------------------------------------
// `from` says where the reader chose it, so focus moves to the other side of the link:
// from the text to its row, from an anchor link to the anchor's row.
function select(id, from) {
  const event = answer && answer.events.find((e) => e.id === id);
  if (!event) return;
  selected = id;
  axis.select(id);
  for (const node of document.querySelectorAll(".undated-select")) node.setAttribute("aria-pressed", String(node.dataset.id === id));
  for (const node of document.querySelectorAll(".phrase-link")) node.classList.toggle("selected", node.dataset.id === id);
  drawDetails(event);
  const mark = $(`mark-${id}`);
  if (mark) scrollWithin($("source"), mark);
  const row = $(`row-${id}`);
  if ((from === "text" || from === "anchor") && row) {
    row.focus({ preventScroll: true });
    row.scrollIntoView({ block: "center" });
  }
  saveStateSoon();
}

function scrollWithin(box, node) {
  const top = node.offsetTop - box.offsetTop;
  if (top < box.scrollTop || top > box.scrollTop + box.clientHeight - node.offsetHeight) {
    box.scrollTop = Math.max(0, top - box.clientHeight / 3);
  }
}

function drawDetails(event) {
  const box = $("details");
  const time = event.time;
  const chars = Array.from(event.sentence);
  const from = event.span[0] - event.sentence_span[0];
  const to = event.span[1] - event.sentence_span[0];
  const anchor = time.anchor && time.anchor !== "published" ? answer.events.find((e) => e.id === time.anchor) : null;
  const item = (term, ...value) => [el("dt", { textContent: term }), el("dd", {}, ...value)];
  const toText = el("button", { type: "button", class: "secondary small", textContent: "Show in the text" });
  toText.addEventListener("click", () => {
    const mark = $(`mark-${event.id}`);
    mark.focus();
    mark.scrollIntoView({ block: "center" });
  });
  let anchorValue = "the publish date";
  if (anchor) {
    anchorValue = el("button", { type: "button", class: "link", textContent: `“${anchor.phrase}” (${describeTime(anchor.time)})` });
    anchorValue.addEventListener("click", () => select(anchor.id, "anchor"));
  }
  box.replaceChildren(
    el("h3", { id: "details-title", textContent: "Selected event" }),
    el("p", { class: "details-clause" }, ...clauseWithPhrase(event, "mark")),
    el(
      "dl",
      {},
      ...item("When", time.start ? describeTime(time) : describeUndated(time)),
      ...item("Phrase", `“${event.phrase}”`),
      ...item("Value (TIMEX3)", el("code", { textContent: `${time.type} ${time.value}` })),
      ...(time.start ? item("Interval", `${time.start} to ${time.end} (end not included)`) : []),
      ...item("Counted from", anchorValue),
      ...item("Sentence", chars.slice(0, from).join(""), el("mark", { textContent: chars.slice(from, to).join("") }), chars.slice(to).join("")),
    ),
    toText,
  );
  box.hidden = false;
}

// --- the tooltip, for pointers ------------------------------------------------------------
function hoverTip(node, event) {
  // A mouse only: on a touch screen a tap selects, and the details show what the tip would.
  node.addEventListener("pointerenter", (pointer) => pointer.pointerType === "mouse" && showTip(node, event));
  node.addEventListener("pointerleave", hideTip);
}

function showTip(node, event) {
  const tip = $("tooltip");
  const chars = Array.from(event.sentence);
  const from = event.span[0] - event.sentence_span[0];
  const to = event.span[1] - event.sentence_span[0];
  tip.replaceChildren(
    el("div", { class: "tip-head" }, el("b", { textContent: event.time.start ? describeTime(event.time) : describeUndated(event.time) }), el("span", { textContent: event.time.value })),
    el("p", {}, chars.slice(0, from).join(""), el("mark", { textContent: chars.slice(from, to).join("") }), chars.slice(to).join("")),
  );
  tip.hidden = false;
  const box = node.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  const left = Math.min(box.left, width - tip.offsetWidth - 8);
  tip.style.left = `${window.scrollX + Math.max(8, left)}px`;
  tip.style.top = `${window.scrollY + box.bottom + 8}px`;
}

function hideTip() {
  $("tooltip").hidden = true;
}

document.addEventListener("keydown", (key) => {
  if (key.key === "Escape") hideTip();
});

// --- errors -------------------------------------------------------------------------------
function clearErrors() {
  const box = $("error");
  box.hidden = true;
  box.replaceChildren();
  for (const node of document.querySelectorAll("[aria-invalid]")) node.removeAttribute("aria-invalid");
  for (const node of document.querySelectorAll(".field-error")) {
    node.hidden = true;
    node.textContent = "";
  }
}

// The error at the top, each faulty field marked invalid with its message beside it, and
// focus on the error so that a screen reader says it and the keyboard is there.
function showError(error) {
  const box = $("error");
  const status = error.status ? `${error.status} · ${error.code || "error"}` : "";
  box.replaceChildren(
    el("h2", { textContent: "The timeline could not be built" }),
    el("p", { textContent: error.message || "Something went wrong." }),
  );
  if (status) box.append(el("p", { class: "error-code", textContent: status }));
  const list = el("ul");
  for (const [name, messages] of Object.entries(error.fields || {})) {
    const text = Array.isArray(messages) ? messages.join(" ") : JSON.stringify(messages);
    const input = $(INPUT_OF[name] || "");
    if (input) {
      input.setAttribute("aria-invalid", "true");
      const note = $(`${input.id}-error`);
      if (note) {
        note.textContent = text;
        note.hidden = false;
      }
      const go = el("button", { type: "button", class: "link", textContent: LABELS[name] || name });
      go.addEventListener("click", () => input.focus());
      list.append(el("li", {}, go, `: ${text}`));
    } else {
      list.append(el("li", {}, el("code", { textContent: name }), ` ${text}`));
    }
  }
  if (list.children.length) box.append(list);
  box.hidden = false;
  box.focus();
}

// --- downloads and the link ---------------------------------------------------------------
function fileStem() {
  const folded = (answer.title || "").normalize("NFKD").replace(/[^\x00-\x7f]/g, "").toLowerCase();
  const stem = folded.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60).replace(/-+$/, "");
  return stem || `timeline-${answer.published.slice(0, 10)}`;
}

async function download(format) {
  const status = $("toolbar-status");
  let blob;
  let name;
  if (format === "json") {
    blob = new Blob([JSON.stringify(answer, null, 2) + "\n"], { type: "application/json" });
    name = `${fileStem()}.json`;
  } else {
    status.textContent = "Preparing the file…";
    const response = await callApi(`/v1/timeline?format=${format}`, JSON.stringify(request), "application/json");
    if (!response.ok) {
      status.textContent = "";
      return showError(await failure(response));
    }
    blob = await response.blob();
    const disposition = response.headers.get("Content-Disposition") || "";
    const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
    name = match ? decodeURIComponent(match[1]) : `${fileStem()}.${format}`;
  }
  const link = el("a", { href: URL.createObjectURL(blob), download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  status.textContent = `Saved ${name}.`;
}

async function saveState() {
  if (!request) return;
  const state = { ...request, view: axis.view, selected };
  history.replaceState(null, "", location.pathname + location.search + (await encodeState(state)));
}

function saveStateSoon() {
  clearTimeout(stateTimer);
  stateTimer = setTimeout(saveState, 250);
}

async function copyLink() {
  await saveState();
  const status = $("toolbar-status");
  const field = $("share-link");
  try {
    await navigator.clipboard.writeText(location.href);
    status.textContent = "Link copied: it opens this result, with its range and selection.";
    field.hidden = true;
  } catch {
    // No clipboard (an insecure origin, or permission refused): the link to copy by hand.
    field.value = location.href;
    field.hidden = false;
    field.focus();
    field.select();
    status.textContent = "Copy the link from the field.";
  }
}

async function restore() {
  const state = await decodeState(location.hash);
  if (!state) return;
  fillFields(state);
  const fields = readFields();
  const response = await callApi("/v1/timeline", JSON.stringify(fields), "application/json");
  if (!response.ok) return showError(await failure(response));
  show(await response.json(), fields, state);
}

// --- the form's helpers ---------------------------------------------------------------------
// Today in the reader's own zone, not UTC's.
function localDate(now = new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function pickDate() {
  const picker = $("published-picker");
  const given = /^\d{4}-\d{2}-\d{2}/.exec($("published").value.trim());
  picker.value = given ? given[0] : localDate();
  try {
    picker.showPicker();
  } catch {
    picker.click();
  }
}

function pickedDate() {
  const value = $("published-picker").value;
  if (!value) return;
  const time = $("published").value.trim().slice(10);
  $("published").value = value + (/^[T ]\d/.test(time) ? time : "");
  $("published").focus();
}

function fillZones() {
  const list = $("zones");
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  for (const zone of ["UTC", ...zones]) list.append(el("option", { value: zone }));
  const mine = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (mine) $("timezone").placeholder = `e.g. ${mine} (yours)`;
}

function loadExample() {
  fillFields(EXAMPLE);
  setNote("The example article. Build its timeline, or paste your own.");
}

document.addEventListener("DOMContentLoaded", () => {
  axis = createAxis({ overview: $("overview"), axis: $("axis"), rangeLabel: $("range-label"), onSelect: select, onHover: hoverTip });
  axis.onRangeChange(saveStateSoon);
  if (!$("published").value) $("published").value = localDate();
  fillZones();
  if (keysOn()) {
    $("api-key").value = loadKey();
    $("api-key").addEventListener("input", () => saveKey($("api-key").value.trim()));
  }
  $("form").addEventListener("submit", submit);
  $("example").addEventListener("click", loadExample);
  $("file").addEventListener("change", openFile);
  $("pick-date").addEventListener("click", pickDate);
  $("published-picker").addEventListener("change", pickedDate);
  if ($("fetch")) $("fetch").addEventListener("click", fetchUrl);
  for (const input of document.querySelectorAll("input, textarea, select")) {
    input.addEventListener("input", () => input.removeAttribute("aria-invalid"));
  }
  for (const button of document.querySelectorAll("[data-format]")) {
    button.addEventListener("click", () => download(button.dataset.format));
  }
  $("copy-link").addEventListener("click", copyLink);
  $("zoom-in").addEventListener("click", () => axis.zoom(0.5));
  $("zoom-out").addEventListener("click", () => axis.zoom(2));
  $("zoom-earlier").addEventListener("click", () => axis.pan(-1));
  $("zoom-later").addEventListener("click", () => axis.pan(1));
  $("zoom-all").addEventListener("click", () => axis.setView(null));
  window.addEventListener("hashchange", restore);
  restore();
});
