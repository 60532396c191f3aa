// The time axis as numbers: which stretches of time are shown, where a moment falls, which
// round dates get a tick, and how dates and values read. No DOM here.
//
// The whole article is shown on a broken scale: where a long stretch holds no event (the
// 25 years between "1994" and "2020"), it is cut out and the parts on either side get their
// own share of the width, each with its own round ticks. A range the reader zooms to is one
// linear stretch. Ticks come from d3-time (utcTicks), which picks days, weeks, months, years
// or decades for the span; they are read as wall time (see wallTime).
"use strict";

export const DAY = 86400000;
// A part spanning less than half a year is never cut: at any width its days stay apart.
const MIN_CUT_EXTENT = 180 * DAY;
// A gap is cut when it is at least this share of the stretch it sits in.
const CUT_SHARE = 1 / 3;
const BREAK_PX = 22;
const TICK_SPACING_PX = 78;

// API moments are ISO strings, possibly with an offset. The axis shows the newsroom's wall
// time, so the offset is dropped and each moment is read as if UTC, which keeps days whole.
export function wallTime(iso) {
  return Date.parse(iso.slice(0, 19) + "Z");
}

// Cut the largest empty gap of a list of [start, end] intervals while it is a large share of
// its stretch; returns the parts as [low, high] with the intervals they hold.
export function cutParts(intervals, maxParts) {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const parts = [];
  const split = (items) => {
    const low = items[0][0];
    const high = Math.max(...items.map((i) => i[1]));
    if (high - low < MIN_CUT_EXTENT || items.length < 2) return parts.push({ low, high, items });
    let reach = items[0][1];
    let best = { gap: 0, at: -1 };
    for (let i = 1; i < items.length; i++) {
      const gap = items[i][0] - reach;
      if (gap > best.gap) best = { gap, at: i };
      reach = Math.max(reach, items[i][1]);
    }
    if (best.at < 0 || best.gap < (high - low) * CUT_SHARE) return parts.push({ low, high, items });
    split(items.slice(0, best.at));
    split(items.slice(best.at));
  };
  if (sorted.length) split(sorted);
  // Too many parts for the width: join the closest neighbours until they fit.
  while (parts.length > Math.max(1, maxParts)) {
    let closest = 1;
    for (let i = 2; i < parts.length; i++) {
      if (parts[i].low - parts[i - 1].high < parts[closest].low - parts[closest - 1].high) closest = i;
    }
    const [left, right] = parts.splice(closest - 1, 2);
    parts.splice(closest - 1, 0, { low: left.low, high: Math.max(left.high, right.high), items: [...left.items, ...right.items] });
  }
  return parts;
}

// A scale over `width` pixels: parts side by side with a gap between them, each padded so
// that nothing sits on its edge. `x(ms)` is in pixels, or null for a moment in no part.
export function brokenScale(parts, width) {
  const gaps = BREAK_PX * (parts.length - 1);
  // Width follows the number of events, so that a crowded part gets room to tell them apart.
  const weights = parts.map((p) => p.items.length + 1);
  const total = weights.reduce((a, b) => a + b, 0);
  let left = 0;
  const laid = parts.map((part, i) => {
    const span = Math.max(part.high - part.low, DAY);
    const pad = Math.max(span * 0.05, DAY / 2);
    const px = ((width - gaps) * weights[i]) / total;
    const segment = { low: part.low - pad, high: part.high + pad, left, width: px, part: [part.low, part.high] };
    left += px + BREAK_PX;
    return segment;
  });
  return makeScale(laid);
}

// One linear stretch from `low` to `high` over `width` pixels.
export function linearScale(low, high, width) {
  return makeScale([{ low, high, left: 0, width, part: [low, high] }]);
}

function makeScale(segments) {
  const find = (ms) => segments.find((s) => ms >= s.low && ms <= s.high);
  return {
    segments,
    low: segments[0].low,
    high: segments[segments.length - 1].high,
    x(ms) {
      const s = find(ms);
      return s ? s.left + ((ms - s.low) / (s.high - s.low)) * s.width : null;
    },
    // Pixels for a moment in no part: the nearest edge, so that a clipped bar ends there.
    clampX(ms) {
      if (ms <= segments[0].low) return segments[0].left;
      const last = segments[segments.length - 1];
      if (ms >= last.high) return last.left + last.width;
      const s = find(ms);
      if (s) return this.x(ms);
      const after = segments.find((seg) => seg.low > ms);
      return after.left;
    },
    ticks() {
      return spaced(segments.flatMap((s) => segmentTicks(s)), segments);
    },
    breaks() {
      return segments.slice(1).map((s) => s.left - BREAK_PX / 2);
    },
  };
}

// Ticks whose labels fit: none that would overlap the one before, spill across a cut or
// past the end of the axis. A label near an edge is set to start or end at its tick rather
// than centred on it; a part left with no label gets one for its whole span.
function spaced(ticks, segments) {
  const width = (tick) => tick.label.length * 7 + 6;
  const kept = [];
  for (const segment of segments) {
    const i = segments.indexOf(segment);
    const low = i === 0 ? -4 : segment.left - BREAK_PX / 2 + 2;
    const high = segment.left + segment.width + (i === segments.length - 1 ? 10 : BREAK_PX / 2 - 2);
    const own = [];
    for (const tick of ticks.filter((t) => t.segment === segment)) {
      const w = width(tick);
      let placed = { ...tick, align: "center", from: tick.px - w / 2, to: tick.px + w / 2 };
      if (placed.from < low) placed = { ...placed, align: "start", from: tick.px - 2, to: tick.px + w };
      if (placed.to > high) placed = { ...placed, align: "end", from: tick.px - w, to: tick.px + 2 };
      if (placed.from < low || placed.to > high) continue;
      const before = own[own.length - 1] || kept[kept.length - 1];
      if (before && placed.from < before.to + 8) continue;
      own.push(placed);
    }
    if (!own.length) {
      const label = spanLabel(segment.part);
      const px = segment.left + segment.width / 2;
      own.push({ at: (segment.low + segment.high) / 2, px, label, align: "center", span: true, from: px - width({ label }) / 2, to: px + width({ label }) / 2 });
    }
    kept.push(...own);
  }
  return kept;
}

// "1994", "Mar 2022", "2–4 Mar 2022" or "2019–2021": what a part with no tick covers.
function spanLabel([low, high]) {
  const a = new Date(low);
  const b = new Date(Math.max(low, high - 1));
  const fmt = (d, options) => d.toLocaleDateString("en-GB", { timeZone: "UTC", ...options });
  if (a.getUTCFullYear() !== b.getUTCFullYear()) return `${a.getUTCFullYear()}–${b.getUTCFullYear()}`;
  if (a.getUTCMonth() !== b.getUTCMonth()) return a.getUTCMonth() === 0 && b.getUTCMonth() === 11 ? String(a.getUTCFullYear()) : `${fmt(a, { month: "short" })}–${fmt(b, { month: "short", year: "numeric" })}`;
  if (a.getUTCDate() !== b.getUTCDate()) return `${a.getUTCDate()}–${fmt(b, { day: "numeric", month: "short", year: "numeric" })}`;
  return fmt(a, { day: "numeric", month: "short", year: "numeric" });
}

// Round dates inside one segment, labelled for their step (see tickLabel).
function segmentTicks(segment) {
  const count = Math.max(1, Math.floor(segment.width / TICK_SPACING_PX));
  const low = new Date(segment.low);
  const high = new Date(segment.high);
  let dates = globalThis.d3.utcTicks(low, high, count);
  if (!dates.length) dates = [new Date(Math.round((segment.low + segment.high) / 2 / DAY) * DAY)];
  const step = stepOf(dates, segment);
  return dates.map((date, i) => ({
    segment,
    at: date.getTime(),
    px: segment.left + ((date.getTime() - segment.low) / (segment.high - segment.low)) * segment.width,
    label: tickLabel(date, step, i === 0 || date.getUTCMonth() === 0),
  }));
}

// What the ticks count: decades, years, months, days or hours.
function stepOf(dates, segment) {
  const gap = dates.length > 1 ? dates[1] - dates[0] : segment.high - segment.low;
  if (gap >= 3650 * DAY && dates.every((d) => d.getUTCFullYear() % 10 === 0)) return "decade";
  if (dates.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1 && d.getUTCHours() === 0)) return "year";
  if (dates.every((d) => d.getUTCDate() === 1 && d.getUTCHours() === 0)) return "month";
  if (dates.every((d) => d.getUTCHours() === 0 && d.getUTCMinutes() === 0)) return "day";
  return "time";
}

function tickLabel(date, step, withYear) {
  const fmt = (options) => date.toLocaleString("en-GB", { timeZone: "UTC", ...options });
  switch (step) {
    case "decade":
      return `${date.getUTCFullYear()}s`;
    case "year":
      return String(date.getUTCFullYear());
    case "month":
      return withYear ? fmt({ month: "short", year: "numeric" }) : fmt({ month: "short" });
    case "day":
      return withYear && date.getUTCDate() <= 7 && date.getUTCMonth() === 0
        ? fmt({ day: "numeric", month: "short", year: "numeric" })
        : fmt({ day: "numeric", month: "short" });
    default:
      return fmt({ hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  }
}

// A resolved time as a reader says it: "Fri 11 Mar 2022", "7–13 Mar 2022", "May 2022", "1990s".
export function describeTime(time) {
  if (!time.start || !time.end) return describeUndated(time);
  const start = wallTime(time.start);
  const last = wallTime(time.end) - 1;
  const d = (ms, options) => new Date(ms).toLocaleString("en-GB", { timeZone: "UTC", ...options });
  const year = new Date(start).getUTCFullYear();
  switch (time.granularity) {
    case "second":
    case "minute":
    case "hour":
      return d(start, { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    case "day":
      return d(start, { weekday: "short", day: "numeric", month: "short", year: "numeric" });
    case "month":
      return d(start, { month: "long", year: "numeric" });
    case "year":
      return String(year);
    case "decade":
      return `the ${year}s`;
    case "century":
      return `${ordinal(Math.floor(year / 100) + 1)} century`;
    default:
      return `${d(start, { day: "numeric", month: "short", year: sameYear(start, last) ? undefined : "numeric" })} – ${d(last, { day: "numeric", month: "short", year: "numeric" })}`;
  }
}

function sameYear(a, b) {
  return new Date(a).getUTCFullYear() === new Date(b).getUTCFullYear();
}

function ordinal(n) {
  const tail = n % 100 >= 11 && n % 100 <= 13 ? "th" : { 1: "st", 2: "nd", 3: "rd" }[n % 10] || "th";
  return `${n}${tail}`;
}

const REFERENCES = { PAST_REF: "some time in the past", PRESENT_REF: "around now", FUTURE_REF: "some time to come" };
const UNITS = { Y: "year", M: "month", W: "week", D: "day", H: "hour", TM: "minute", S: "second" };

// Durations ("P2Y" -> "2 years"), sets ("every month") and vague references in words.
export function describeUndated(time) {
  if (REFERENCES[time.value]) return REFERENCES[time.value];
  const length = durationWords(time.value);
  if (time.type === "DURATION") return length ? `lasting ${length}` : time.value;
  if (time.type === "SET") return length ? `every ${length.startsWith("1 ") ? length.slice(2) : length}` : `repeating (${time.value})`;
  return time.value;
}

function durationWords(value) {
  const match = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value);
  if (!match || value === "P" || value === "PT") return null;
  const names = ["Y", "M", "W", "D", "H", "TM", "S"];
  const words = [];
  names.forEach((name, i) => {
    const amount = match[i + 1];
    if (amount !== undefined) words.push(`${amount} ${UNITS[name]}${amount === "1" ? "" : "s"}`);
  });
  return words.join(" ") || null;
}

// "14 Mar 2022" for a moment, for range labels and the overview.
export function formatDay(ms, options = {}) {
  return new Date(ms).toLocaleDateString("en-GB", { timeZone: "UTC", day: "numeric", month: "short", year: "numeric", ...options });
}
