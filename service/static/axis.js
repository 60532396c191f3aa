// The time axis: an overview strip of the whole article with a brush, and the detail view,
// one row per dated event (its clause first), every row's track on the same scale as the
// ticks above it. See scale.js for how the scale is cut and where ticks fall.
"use strict";

import { DAY, brokenScale, cutParts, describeTime, formatDay, linearScale, wallTime } from "./scale.js";

const POINT_PX = 12;
const MIN_WINDOW = DAY / 4;
const SVG = "http://www.w3.org/2000/svg";

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "style") Object.assign(node.style, value);
    else if (key.includes("-") || key === "role" || key === "for") node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

// The clause with its time phrase set apart: "Engineers inspected it on [March 2]".
export function clauseWithPhrase(event, markTag = "strong") {
  const clause = event.event || event.sentence || event.phrase;
  const at = clause.indexOf(event.phrase);
  if (at < 0) return [clause];
  return [clause.slice(0, at), el(markTag, { class: "in-clause", textContent: event.phrase }), clause.slice(at + event.phrase.length)];
}

export function createAxis({ overview, axis, rangeLabel, onSelect, onHover = () => {} }) {
  let events = [];
  let published = 0;
  let full = [0, 1];
  let view = null; // null: the whole article on a broken scale; [low, high]: a linear range
  let selected = null;
  let detailScale = null;
  let onRange = () => {};
  let frame = 0;

  function setData(dated, publishedIso) {
    events = dated.map((event) => ({ event, start: wallTime(event.time.start), end: wallTime(event.time.end) }));
    published = wallTime(publishedIso);
    const low = Math.min(published, ...events.map((e) => e.start));
    const high = Math.max(published, ...events.map((e) => e.end));
    const pad = Math.max((high - low) * 0.02, DAY);
    full = [low - pad, high + pad];
    view = null;
    selected = null;
  }

  // Drawn anew on every change of range or width; the row or handle that had focus keeps it.
  function render() {
    cancelAnimationFrame(frame);
    frame = 0;
    const focused = document.activeElement;
    const keep = focused && (axis.contains(focused) || overview.contains(focused)) ? focusKey(focused) : null;
    drawDetail();
    drawOverview();
    rangeLabel.textContent = describeRange();
    if (keep) {
      const again = keep.id ? document.getElementById(keep.id) : overview.querySelector(`.handle.${keep.side}`);
      if (again) again.focus({ preventScroll: true });
    }
  }

  function focusKey(node) {
    return node.id ? { id: node.id } : node.dataset.side ? { side: node.dataset.side } : null;
  }

  function later() {
    if (!frame) frame = requestAnimationFrame(render);
  }

  // --- the detail view ------------------------------------------------------------------
  function drawDetail() {
    axis.replaceChildren();
    if (!events.length) {
      axis.append(el("p", { class: "empty", textContent: "No expression in this text has a place on the axis." }));
      return;
    }
    const headTrack = el("div", { class: "track ticks" });
    axis.append(el("div", { class: "axis-head", "aria-hidden": "true" }, el("div", { class: "head-label", textContent: "Event" }), headTrack));
    const width = headTrack.clientWidth || 600;
    detailScale = scaleFor(width);
    drawTicks(headTrack, detailScale);
    const list = el("ol", { class: "rows", "aria-label": "Dated events, earliest first" });
    const background = gridBackground(detailScale);
    for (const item of events) list.append(row(item, background));
    axis.append(list);
    drawLinks();
  }

  function scaleFor(width) {
    if (view) return linearScale(view[0], view[1], width);
    const intervals = [[published, published], ...events.map((e) => [e.start, e.end])];
    return brokenScale(cutParts(intervals, Math.floor(width / 80)), width);
  }

  function drawTicks(track, scale) {
    for (const tick of scale.ticks()) {
      track.append(el("span", { class: `tick ${tick.align}${tick.span ? " span" : ""}`, style: { left: `${tick.px}px` }, textContent: tick.label }));
    }
    for (const px of scale.breaks()) track.append(el("span", { class: "break", style: { left: `${px}px` } }));
    const now = scale.x(published);
    if (now !== null) track.append(el("span", { class: "now-flag", style: { left: `${now}px` }, textContent: "published" }));
  }

  // Tick lines, cut-out stretches and the publish line, as one background for every track.
  function gridBackground(scale) {
    const layers = [];
    for (const tick of scale.ticks()) {
      if (!tick.span) layers.push(["linear-gradient(var(--gridline), var(--gridline))", `${tick.px}px 0`, "1px 100%"]);
    }
    for (const px of scale.breaks()) {
      layers.push(["repeating-linear-gradient(135deg, var(--cut) 0 2px, transparent 2px 6px)", `${px - 6}px 0`, "12px 100%"]);
    }
    const now = scale.x(published);
    if (now !== null) layers.push(["repeating-linear-gradient(to bottom, var(--now) 0 4px, transparent 4px 8px)", `${now - 1}px 0`, "2px 100%"]);
    return {
      backgroundImage: layers.map((l) => l[0]).join(", "),
      backgroundPosition: layers.map((l) => l[1]).join(", "),
      backgroundSize: layers.map((l) => l[2]).join(", "),
      backgroundRepeat: "no-repeat",
    };
  }

  function row(item, background) {
    const { event } = item;
    const button = el(
      "button",
      { type: "button", class: "event-select", id: `row-${event.id}`, "data-id": event.id, "aria-pressed": String(selected === event.id) },
      el("span", { class: "clause" }, ...clauseWithPhrase(event)),
      el("span", { class: "when" }, el("span", { class: "phrase", textContent: event.phrase }), " ", el("span", { class: "value", textContent: describeTime(event.time) })),
    );
    button.addEventListener("click", () => onSelect(event.id, "axis"));
    button.addEventListener("keydown", moveBetweenRows);
    onHover(button, event);
    const track = el("div", { class: "track", "aria-hidden": "true", style: background }, mark(item));
    track.addEventListener("pointerdown", startPan);
    const li = el("li", { class: `event-row${selected === event.id ? " selected" : ""}`, "data-id": event.id }, button, track);
    const anchor = anchorOf(event);
    if (anchor) {
      const link = el("button", { type: "button", class: "anchor-link" }, el("span", { "aria-hidden": "true", textContent: "↳ " }), `counted from “${anchor.phrase}”`);
      link.addEventListener("click", () => onSelect(anchor.id, "anchor"));
      li.append(link);
    }
    return li;
  }

  function anchorOf(event) {
    const id = event.time.anchor;
    if (!id || id === "published") return null;
    const found = events.find((e) => e.event.id === id);
    return found ? found.event : null;
  }

  function mark(item) {
    const scale = detailScale;
    if (item.end <= scale.low) return offRange(item, "before");
    if (item.start >= scale.high) return offRange(item, "after");
    const left = scale.clampX(Math.max(item.start, scale.low));
    const right = scale.clampX(Math.min(item.end, scale.high));
    const cut = `${item.start < scale.low ? " cut-start" : ""}${item.end > scale.high ? " cut-end" : ""}`;
    if (right - left < POINT_PX) {
      return el("span", { class: "mark point", "data-id": item.event.id, style: { left: `${(left + right) / 2 - POINT_PX / 2}px` } });
    }
    return el("span", { class: `mark bar${cut}`, "data-id": item.event.id, style: { left: `${left}px`, width: `${right - left}px` } });
  }

  function offRange(item, side) {
    const label = describeTime(item.event.time);
    return el("span", { class: `mark off ${side}`, "data-id": item.event.id }, side === "before" ? `◀ ${label}` : `${label} ▶`);
  }

  // Up and Down move between rows, Home and End to the first and last: one Tab stop per row
  // is still there, but a long timeline need not be tabbed through.
  function moveBetweenRows(key) {
    const buttons = [...axis.querySelectorAll(".event-select")];
    const at = buttons.indexOf(key.currentTarget);
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[key.key];
    if (next === undefined || next < 0 || next >= buttons.length) return;
    key.preventDefault();
    buttons[next].focus();
  }

  // Lines from each anchor's mark to the marks counted from it.
  function drawLinks() {
    const box = axis.getBoundingClientRect();
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("class", "links");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("width", String(box.width));
    svg.setAttribute("height", String(box.height));
    for (const item of events) {
      const anchor = anchorOf(item.event);
      if (!anchor) continue;
      const from = axis.querySelector(`.mark[data-id="${CSS.escape(anchor.id)}"]:not(.off)`);
      const to = axis.querySelector(`.mark[data-id="${CSS.escape(item.event.id)}"]:not(.off)`);
      if (!from || !to) continue;
      const a = centre(from, box);
      const b = centre(to, box);
      const path = document.createElementNS(SVG, "path");
      const bend = (a.y + b.y) / 2;
      path.setAttribute("d", `M${a.x},${a.y} C${a.x},${bend} ${b.x},${bend} ${b.x},${b.y}`);
      svg.append(path);
    }
    axis.append(svg);
  }

  function centre(node, box) {
    const r = node.getBoundingClientRect();
    return { x: r.left + r.width / 2 - box.left, y: r.top + r.height / 2 - box.top };
  }

  // Dragging a track sideways pans a linear range (the whole article is first opened at the
  // part under the pointer).
  function startPan(down) {
    if (down.button !== 0) return;
    const track = down.currentTarget;
    const scale = detailScale;
    const segment = scale.segments.find((s) => down.offsetX >= s.left && down.offsetX <= s.left + s.width) || scale.segments[0];
    const base = view || [segment.low, segment.high];
    const perPx = (base[1] - base[0]) / segment.width;
    const startX = down.clientX;
    let moved = false;
    const move = (event) => {
      const dx = event.clientX - startX;
      if (!moved && Math.abs(dx) < 4) return;
      moved = true;
      setView([base[0] - dx * perPx, base[1] - dx * perPx], true);
    };
    const up = () => {
      track.removeEventListener("pointermove", move);
      track.removeEventListener("pointerup", up);
      track.removeEventListener("pointercancel", up);
      if (moved) render();
    };
    track.setPointerCapture(down.pointerId);
    track.addEventListener("pointermove", move);
    track.addEventListener("pointerup", up);
    track.addEventListener("pointercancel", up);
  }

  // --- the overview and its brush -------------------------------------------------------
  let overviewScale = null;

  function drawOverview() {
    overview.replaceChildren();
    if (!events.length) return;
    const strip = el("div", { class: "overview-strip" });
    overview.append(strip);
    const width = strip.clientWidth || 600;
    overviewScale = linearScale(full[0], full[1], width);
    for (const tick of overviewScale.ticks()) strip.append(el("span", { class: `tick ${tick.align}`, style: { left: `${tick.px}px` }, textContent: tick.label }));
    for (const item of events) {
      const left = overviewScale.x(item.start);
      const right = overviewScale.x(item.end);
      strip.append(el("span", { class: `o-mark${selected === item.event.id ? " selected" : ""}`, style: { left: `${left}px`, width: `${Math.max(3, right - left)}px` } }));
    }
    strip.append(el("span", { class: "o-now", style: { left: `${overviewScale.x(published)}px` } }));
    const [low, high] = view || full;
    const left = overviewScale.clampX(low);
    const right = overviewScale.clampX(high);
    const brush = el("div", { class: "brush", style: { left: `${left}px`, width: `${Math.max(2, right - left)}px` } });
    brush.append(handle("start", low), handle("end", high));
    strip.append(brush);
    strip.addEventListener("pointerdown", startBrush);
    strip.addEventListener("wheel", wheelZoom, { passive: false });
  }

  function handle(side, value) {
    const node = el("div", {
      class: `handle ${side}`,
      role: "slider",
      tabIndex: 0,
      "aria-label": side === "start" ? "Start of the visible range" : "End of the visible range",
      "aria-valuemin": String(Math.round(full[0])),
      "aria-valuemax": String(Math.round(full[1])),
      "aria-valuenow": String(Math.round(value)),
      "aria-valuetext": formatDay(value),
      "aria-orientation": "horizontal",
      "data-side": side,
    });
    node.addEventListener("keydown", (key) => nudge(key, side));
    return node;
  }

  function nudge(key, side) {
    const span = full[1] - full[0];
    const steps = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -10, PageUp: 10 };
    const [low, high] = view || full;
    let next = null;
    if (key.key in steps) next = (side === "start" ? low : high) + (steps[key.key] * (key.shiftKey ? 5 : 1) * span) / 100;
    else if (key.key === "Home") next = full[0];
    else if (key.key === "End") next = full[1];
    if (next === null) return;
    key.preventDefault();
    const range = side === "start" ? [Math.min(next, high - MIN_WINDOW), high] : [low, Math.max(next, low + MIN_WINDOW)];
    setView(range);
    overview.querySelector(`.handle.${side}`).focus();
  }

  function startBrush(down) {
    if (down.button !== 0) return;
    const strip = down.currentTarget;
    const box = strip.getBoundingClientRect();
    const at = (event) => overviewScale.low + ((event.clientX - box.left) / box.width) * (overviewScale.high - overviewScale.low);
    const [low, high] = view || full;
    const side = down.target.dataset.side;
    const inside = down.target.classList.contains("brush");
    const origin = at(down);
    const drag = (event) => {
      const t = at(event);
      if (side === "start") return [Math.min(t, high - MIN_WINDOW), high];
      if (side === "end") return [low, Math.max(t, low + MIN_WINDOW)];
      if (inside) return [low + t - origin, high + t - origin];
      return t < origin ? [t, origin] : [origin, Math.max(t, origin + MIN_WINDOW)];
    };
    let moved = false;
    const move = (event) => {
      if (!moved && Math.abs(event.clientX - down.clientX) < 3) return;
      moved = true;
      setView(drag(event), true);
    };
    const up = (event) => {
      strip.removeEventListener("pointermove", move);
      strip.removeEventListener("pointerup", up);
      strip.removeEventListener("pointercancel", up);
      if (!moved && !side && !inside) {
        // A click on the strip: the visible range, or a quarter of the whole, centred there.
        const width = view ? view[1] - view[0] : (full[1] - full[0]) / 4;
        setView([at(event) - width / 2, at(event) + width / 2]);
      } else if (moved) {
        render();
      }
    };
    strip.setPointerCapture(down.pointerId);
    strip.addEventListener("pointermove", move);
    strip.addEventListener("pointerup", up);
    strip.addEventListener("pointercancel", up);
  }

  // Ctrl + wheel (and a trackpad's pinch) zooms around the pointer; a plain wheel scrolls.
  function wheelZoom(wheel) {
    if (!wheel.ctrlKey && !wheel.metaKey) return;
    wheel.preventDefault();
    const box = wheel.currentTarget.getBoundingClientRect();
    const t = overviewScale.low + ((wheel.clientX - box.left) / box.width) * (overviewScale.high - overviewScale.low);
    zoom(wheel.deltaY < 0 ? 0.8 : 1.25, t);
  }

  // --- the range ------------------------------------------------------------------------
  function setView(range, live = false) {
    if (range === null) {
      view = null;
    } else {
      let [low, high] = range;
      const span = Math.max(high - low, MIN_WINDOW);
      if (span >= full[1] - full[0]) {
        view = null;
      } else {
        if (low < full[0]) low = full[0];
        if (low + span > full[1]) low = full[1] - span;
        view = [low, low + span];
      }
    }
    if (live) later();
    else render();
    onRange(view);
  }

  // The window a zoom or pan starts from: the range shown, or the part of the broken scale
  // around `centre`.
  function currentWindow(centre) {
    if (view) return view;
    const part = detailScale && detailScale.segments.find((s) => centre >= s.low && centre <= s.high);
    return part && detailScale.segments.length > 1 ? [part.low, part.high] : full;
  }

  function focusTime() {
    const item = events.find((e) => e.event.id === selected);
    return item ? (item.start + item.end) / 2 : published;
  }

  function zoom(factor, around = focusTime()) {
    const [low, high] = currentWindow(around);
    if (!view && factor < 1 && detailScale && detailScale.segments.length > 1) return setView([low, high]);
    const span = (high - low) * factor;
    const share = (around - low) / (high - low);
    const start = around - span * (Number.isFinite(share) ? share : 0.5);
    setView([start, start + span]);
  }

  function pan(direction) {
    const [low, high] = currentWindow(focusTime());
    const step = ((high - low) / 2) * direction;
    setView([low + step, high + step]);
  }

  function describeRange() {
    if (!events.length) return "";
    if (view) return `Showing ${formatDay(view[0])} – ${formatDay(view[1])}. Drag the strip or a row's track to move.`;
    const cuts = detailScale ? detailScale.segments.length - 1 : 0;
    const whole = `The whole article, ${formatDay(full[0], { day: undefined, month: "short" })} – ${formatDay(full[1], { day: undefined, month: "short" })}`;
    return cuts ? `${whole}, with ${cuts} empty ${cuts === 1 ? "stretch" : "stretches"} cut out (hatched).` : `${whole}.`;
  }

  function select(id) {
    selected = id;
    for (const node of axis.querySelectorAll(".event-row")) {
      const on = node.dataset.id === id;
      node.classList.toggle("selected", on);
      node.querySelector(".event-select").setAttribute("aria-pressed", String(on));
    }
    drawOverview();
  }

  let lastWidth = 0;
  new ResizeObserver(() => {
    const width = axis.clientWidth;
    if (events.length && width !== lastWidth) later();
    lastWidth = width;
  }).observe(axis);

  return {
    setData,
    render,
    select,
    zoom,
    pan,
    setView,
    get view() {
      return view;
    },
    onRangeChange(callback) {
      onRange = callback;
    },
    row(id) {
      return axis.querySelector(`#row-${CSS.escape(id)}`);
    },
  };
}
