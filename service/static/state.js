// The page's state in its address, so that a link opens the same result: the request's
// fields, the visible range and the selected event, deflated into the fragment ("#s=...").
// The fragment never reaches the server, so a long article makes no long request line, and
// the API key is never part of it.
"use strict";

const PREFIX = "#s=";
const KEY_STORAGE = "timeline.api-key";

async function deflate(text) {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function inflate(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Response(stream).text();
}

function toBase64Url(bytes) {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text) {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

// The fragment for a state object.
export async function encodeState(state) {
  return PREFIX + toBase64Url(await deflate(JSON.stringify(state)));
}

// The state in a fragment, or null when it holds none (or one that does not read).
export async function decodeState(hash) {
  if (!hash.startsWith(PREFIX)) return null;
  try {
    const state = JSON.parse(await inflate(fromBase64Url(hash.slice(PREFIX.length))));
    return state && typeof state === "object" && typeof state.text === "string" ? state : null;
  } catch {
    return null;
  }
}

// The API key lives in this tab's session storage only: gone when the tab closes.
export function loadKey() {
  try {
    return sessionStorage.getItem(KEY_STORAGE) || "";
  } catch {
    return "";
  }
}

export function saveKey(key) {
  try {
    if (key) sessionStorage.setItem(KEY_STORAGE, key);
    else sessionStorage.removeItem(KEY_STORAGE);
  } catch {
    // Storage refused (a private window's quota): the key then lasts as long as the page.
  }
}
