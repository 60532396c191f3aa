// The timeline page: send the article to POST /v1/timeline and draw the answer.
// Plain JS, no build step; user text only ever reaches the page through textContent.
"use strict";

const EXAMPLE = {
  published: "2022-03-14",
  text:
    "The city council approved the new river bridge on Friday, ending a debate that began " +
    "in 2020. Engineers had inspected the old crossing last week and found cracks in two " +
    "pillars. Two weeks ago the mayor warned that traffic would have to be limited. Residents " +
    "have recently complained about delays lasting three hours. Construction is expected to " +
    "start in May and take two years, and inspections will happen every month.",
};
const POINT_GRANULARITIES = new Set(["second", "minute", "hour", "day"]);
const VAGUE_ZONES = { PAST_REF: "past", PRESENT_REF: "present", FUTURE_REF: "future" };
const DAY = 86400000;

const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else if (key === "style") Object.assign(node.style, value);
    else if (key.startsWith("data-")) node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

// The API's moments are ISO strings, possibly with an offset; the axis shows wall time, so
// the offset is dropped and every moment is read as UTC to keep days whole.
function wallTime(iso) {
  return Date.parse(iso.slice(0, 19) + "Z");
}

function formatDay(ms, options = {}) {
  return new Date(ms).toLocaleDateString("en-GB", { timeZone: "UTC", ...options });
}

async function submit(event) {
  event.preventDefault();
  const body = {
    text: $("text").value,
    published: $("published").value.trim(),
    language: $("language").value.trim() || "en",
    prefer: $("prefer").value,
  };
  showError(null);
  $("submit").disabled = true;
  $("submit").textContent = "Working…";
  try {
    const response = await fetch("/v1/timeline", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body),
    });
    const data = await response.json().catch(() => null);
    if (!response.ok) {
      showError(data && data.error ? data.error : { message: `HTTP ${response.status}` }, response.status);
      return;
    }
    render(data, body.text);
  } catch (error) {
    showError({ message: `The service could not be reached: ${error.message}` });
  } finally {
    $("submit").disabled = false;
    $("submit").textContent = "Build timeline";
  }
}

function showError(error, status) {
  const box = $("error");
  box.replaceChildren();
  box.hidden = !error;
  if (!error) return;
  $("result").hidden = true;
  const title = status ? `${status} · ${error.code || "error"}` : "Error";
  box.append(el("strong", { textContent: title }), el("p", { textContent: error.message }));
  const fields = Object.entries(error.fields || {});
  if (fields.length) {
    const list = el("ul");
    for (const [name, messages] of fields) {
      const text = Array.isArray(messages) ? messages.join(" ") : JSON.stringify(messages);
      list.append(el("li", {}, el("code", { textContent: name }), " ", text));
    }
    box.append(list);
  }
}

function render(data, text) {
  const dated = data.events.filter((e) => e.time.start && e.time.end);
  const undated = data.events.filter((e) => !(e.time.start && e.time.end));
  const vague = undated.filter((e) => e.time.type === "DATE" || e.time.type === "TIME");
  const spans = undated.filter((e) => e.time.type === "DURATION" || e.time.type === "SET");
  $("summary").replaceChildren(
    el("span", { class: "stat" }, el("b", { textContent: data.events.length }), " expressions"),
    el("span", { class: "stat" }, el("b", { textContent: dated.length }), " on the axis"),
    el("span", { class: "stat" }, "published ", el("b", { textContent: formatDay(wallTime(data.published), { dateStyle: "medium" }) })),
    el("span", { class: "stat muted", textContent: `${data.stats.elapsed_ms} ms` }),
  );
  drawAxis(dated, wallTime(data.published));
  drawVague(vague);
  drawSpans(spans);
  drawSource(text, data.events);
  $("result").hidden = false;
}

function drawAxis(events, published) {
  const axis = $("axis");
  axis.replaceChildren();
  if (!events.length) {
    axis.append(el("p", { class: "empty", textContent: "No dated expressions in this text." }));
    return;
  }
  const starts = events.map((e) => wallTime(e.time.start));
  const ends = events.map((e) => wallTime(e.time.end));
  let low = Math.min(published, ...starts);
  let high = Math.max(published, ...ends);
  const pad = Math.max((high - low) * 0.04, DAY);
  low -= pad;
  high += pad;
  const x = (ms) => ((ms - low) / (high - low)) * 100;

  const ticks = el("div", { class: "ticks" });
  for (const tick of makeTicks(low, high)) {
    ticks.append(el("span", { class: "tick", style: { left: `${x(tick.at)}%` }, textContent: tick.label }));
  }
  axis.append(el("div", { class: "row head" }, el("div", { class: "label" }), el("div", { class: "track" }, ticks)));

  for (const event of events) {
    const start = wallTime(event.time.start);
    const end = wallTime(event.time.end);
    const isPoint = POINT_GRANULARITIES.has(event.time.granularity);
    const mark = isPoint
      ? el("span", { class: "mark point", style: { left: `${x((start + end) / 2)}%` } })
      : el("span", { class: "mark bar", style: { left: `${x(start)}%`, width: `${x(end) - x(start)}%` } });
    const row = el(
      "div",
      { class: "row event-row", "data-id": event.id, "data-start": event.time.start, tabIndex: 0 },
      el(
        "div",
        { class: "label" },
        el("span", { class: "phrase", textContent: event.phrase }),
        el("span", { class: "value", textContent: `${event.time.value} · ${event.time.granularity}` }),
      ),
      el("div", { class: "track" }, el("span", { class: "now", style: { left: `${x(published)}%` } }), mark),
    );
    attachEvent(row, event);
    axis.append(row);
  }
}

// Ticks at whole days, weeks, months or years, about six of them across the axis.
function makeTicks(low, high) {
  const span = high - low;
  const ticks = [];
  const start = new Date(low);
  if (span > 540 * DAY) {
    const step = Math.max(1, Math.ceil(span / (365 * DAY) / 7));
    for (let y = start.getUTCFullYear() + 1; Date.UTC(y, 0, 1) < high; y += step) {
      ticks.push({ at: Date.UTC(y, 0, 1), label: String(y) });
    }
  } else if (span > 60 * DAY) {
    const step = Math.max(1, Math.ceil(span / (30 * DAY) / 6));
    let y = start.getUTCFullYear();
    let m = start.getUTCMonth() + 1;
    while (Date.UTC(y, m, 1) < high) {
      const at = Date.UTC(y, m, 1);
      const year = m % 12 === 0 || ticks.length === 0 ? "numeric" : undefined;
      ticks.push({ at, label: formatDay(at, { month: "short", year }) });
      m += step;
    }
  } else {
    const step = Math.max(1, Math.ceil(span / DAY / 7));
    for (let at = Math.ceil(low / DAY) * DAY; at < high; at += step * DAY) {
      ticks.push({ at, label: formatDay(at, { day: "numeric", month: "short" }) });
    }
  }
  return ticks;
}

function drawVague(events) {
  const lane = $("vague");
  lane.replaceChildren();
  const zones = {};
  for (const name of ["past", "present", "future", "unspecified"]) {
    zones[name] = el("div", { class: `zone ${name}` }, el("span", { class: "zone-name", textContent: name }));
  }
  for (const event of events) {
    const zone = VAGUE_ZONES[event.time.value] || "unspecified";
    const chip = el("span", { class: "chip vague-chip", "data-id": event.id, tabIndex: 0 }, event.phrase, el("small", { textContent: event.time.value }));
    attachEvent(chip, event);
    zones[zone].append(chip);
  }
  lane.append(zones.past, zones.present, zones.future);
  if (zones.unspecified.children.length > 1) lane.append(zones.unspecified);
  if (!events.length) lane.replaceChildren(el("p", { class: "empty", textContent: "None." }));
}

function drawSpans(events) {
  const list = $("spans");
  list.replaceChildren();
  for (const event of events) {
    const item = el(
      "li",
      { class: "span-item", "data-id": event.id, tabIndex: 0 },
      el("span", { class: `tag ${event.time.type.toLowerCase()}`, textContent: event.time.type === "SET" ? "repeats" : "lasts" }),
      el("span", { class: "phrase", textContent: event.phrase }),
      el("code", { textContent: event.time.value }),
    );
    attachEvent(item, event);
    list.append(item);
  }
  if (!events.length) list.append(el("li", { class: "empty", textContent: "None." }));
}

// The text with each phrase wrapped in a <mark>, cut at the API's span offsets.
function drawSource(text, events) {
  const source = $("source");
  source.replaceChildren();
  const chars = Array.from(text); // offsets count code points, as Python does
  let at = 0;
  for (const event of [...events].sort((a, b) => a.span[0] - b.span[0])) {
    const [start, end] = event.span;
    if (start < at) continue;
    source.append(chars.slice(at, start).join(""));
    const mark = el("mark", { class: `kind-${kindOf(event)}`, "data-id": event.id, textContent: chars.slice(start, end).join("") });
    attachEvent(mark, event);
    source.append(mark);
    at = end;
  }
  source.append(chars.slice(at).join(""));
}

function kindOf(event) {
  if (event.time.start) return POINT_GRANULARITIES.has(event.time.granularity) ? "point" : "bar";
  return event.time.type === "DURATION" || event.time.type === "SET" ? "span" : "vague";
}

function attachEvent(node, event) {
  node.addEventListener("mouseenter", () => showTooltip(node, event));
  node.addEventListener("mouseleave", hideTooltip);
  node.addEventListener("focus", () => showTooltip(node, event));
  node.addEventListener("blur", hideTooltip);
  node.addEventListener("click", () => select(event.id));
}

function showTooltip(node, event) {
  const tip = $("tooltip");
  const chars = Array.from(event.sentence);
  const from = event.span[0] - event.sentence_span[0];
  const to = event.span[1] - event.sentence_span[0];
  const range = event.time.start ? `${event.time.start.slice(0, 10)} → ${event.time.end.slice(0, 10)}` : event.time.type;
  tip.replaceChildren(
    el("div", { class: "tip-head" }, el("b", { textContent: event.time.value }), el("span", { textContent: range })),
    el("p", {}, chars.slice(0, from).join(""), el("mark", { textContent: chars.slice(from, to).join("") }), chars.slice(to).join("")),
  );
  tip.hidden = false;
  const box = node.getBoundingClientRect();
  const left = Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 12);
  tip.style.left = `${Math.max(8, left)}px`;
  tip.style.top = `${window.scrollY + box.bottom + 8}px`;
}

function hideTooltip() {
  $("tooltip").hidden = true;
}

function select(id) {
  for (const node of document.querySelectorAll(".selected")) node.classList.remove("selected");
  for (const node of document.querySelectorAll(`[data-id="${CSS.escape(id)}"]`)) node.classList.add("selected");
  const mark = document.querySelector(`#source mark[data-id="${CSS.escape(id)}"]`);
  if (mark) mark.scrollIntoView({ block: "nearest", behavior: "smooth" });
}

function loadExample() {
  $("text").value = EXAMPLE.text;
  $("published").value = EXAMPLE.published;
}

document.addEventListener("DOMContentLoaded", () => {
  if (!$("published").value) $("published").value = new Date().toISOString().slice(0, 10);
  $("form").addEventListener("submit", submit);
  $("example").addEventListener("click", loadExample);
});
