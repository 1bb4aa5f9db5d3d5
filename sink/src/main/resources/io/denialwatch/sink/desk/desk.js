// The desk: a window on the alert store, newest denial first. It loads one page of what the
// filters select from /api/alerts, renders it, loads the next page when the reader scrolls near
// the end of what it holds, and follows /api/alerts/stream only for what changes afterwards (new
// alerts and revisions, acknowledgements). The list is virtualised: the page holds the alerts it
// has loaded, but only the cards in and near the viewport are in the document; the rest of the
// list is empty space of their measured (or, never seen yet, estimated) heights, so a reader who
// has scrolled through thousands of alerts has a dozen cards in the DOM. Everything that comes
// from a post is put in the page as text (textContent), never as HTML, and only http(s) links are
// made clickable. The page talks to nothing but the sink.
"use strict";

const PAGE = 50;
const ESTIMATED_HEIGHT = 320; // px, a card never rendered yet (its real height is kept once seen)
const OVERSCAN = 800;         // px rendered above and below the viewport, so a scroll shows no gap
const shown = new Map();   // alert_id -> {alert, ack, element|null}: what the page holds
const heights = new Map(); // alert_id -> measured height of its card, margin included
const held = [];           // changes that arrived while paused or while a page was loading
const state = {
  paused: false, live: false, source: null, order: [], total: 0, nextOffset: null,
  loading: null, generation: 0, searchTimer: null, frame: 0
};

function $(id) { return document.getElementById(id); }

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

function safeLink(url, label) {
  try {
    const u = new URL(url);
    if (u.protocol === "http:" || u.protocol === "https:") {
      const a = el("a", "link", label || u.href);
      a.href = u.href;
      a.rel = "noopener noreferrer nofollow";
      a.target = "_blank";
      return a;
    }
  } catch (e) { /* not a URL: shown as text */ }
  return el("span", "link-refused", label || "");
}

function when(iso) {
  if (!iso) return "";
  const d = new Date(iso);
  return isNaN(d) ? "" : d.toISOString().replace("T", " ").slice(0, 16) + " UTC";
}

function gap(fromIso, toIso) {
  const ms = new Date(toIso) - new Date(fromIso);
  if (!(ms >= 0)) return "";
  const h = Math.round(ms / 3600000);
  if (h < 1) return Math.max(1, Math.round(ms / 60000)) + " min later";
  return h < 48 ? h + " h later" : Math.round(h / 24) + " days later";
}

function langOf(alert) { return alert.denial.lang || (alert.denial.post && alert.denial.post.lang) || ""; }
function outletsOf(alert) { return alert.stories.map(s => s.outlet).filter(Boolean); }

function renderAck(card, ack) {
  const stateEl = card.querySelector(".ack-state");
  const button = card.querySelector(".ack-button");
  if (!ack) return;
  card.classList.add("acked");
  stateEl.textContent = "acknowledged by " + ack.by + (ack.at ? " at " + when(ack.at) : "") + (ack.note ? " — " + ack.note : "");
  button.disabled = true;
}

function render(alert) {
  const card = el("article", "card");
  card.dataset.alertId = alert.alert_id;
  const head = el("div", "card-head");
  const person = el("bdi", "person", alert.person.name);
  head.append(person);
  // how the denial concerns them: they deny, someone denies for them, or the report is about them
  if (alert.person.how) head.append(el("span", "person-how", alert.person.how));
  // a name several watched people share, nothing in the post deciding: whom else it may be
  const candidates = alert.person.candidates || [];
  const denier = alert.denial.denier;
  if (denier) {
    const d = el("span", "denier", "denied by ");
    // a watched denier says how it was found (named, account of …, office holder on …)
    d.append(el("bdi", "denier-name", denier.name || "?"),
      " (" + (denier.kind || "?") + (denier.how ? ", " + denier.how : "") + ")");
    head.append(d);
  }
  head.append(el("span", "rev", alert.held ? "held" : "revision " + alert.revision));
  card.append(head);
  if (candidates.length) {
    const c = el("p", "candidates", "The name may be any of: ");
    candidates.forEach((p, i) => c.append(i ? ", " : "", el("bdi", "candidate", p.name || p.id)));
    card.append(c);
  }
  // the other watched entities the denial concerns: their stories are ranked in this one alert
  const also = alert.also_concerns || [];
  if (also.length) {
    const c = el("p", "also-concerns", "Also concerns: ");
    also.forEach((p, i) => c.append(i ? ", " : "", el("bdi", "also", p.name || p.id),
      p.how ? " (" + p.how + ")" : ""));
    card.append(c);
  }
  if (alert.held) {
    card.classList.add("held-report");
    const until = new Date(alert.held.until);
    // to the second: a hold is a minute or so
    const at = isNaN(until) ? "?" : until.toISOString().replace("T", " ").slice(0, 19) + " UTC";
    card.append(el("p", "held-why", "Held until " + at + ": " + (alert.held.reason || "")));
  }
  if (alert.folded_into) {
    card.classList.add("folded");
    card.append(el("p", "folded-into", "Folded into alert " + alert.folded_into.slice(0, 8)
      + ", the first-hand denial this report reports: no alert of its own."));
  }

  const post = alert.denial.post || {};
  const denial = el("blockquote", "denial", post.text);
  denial.dir = "auto";
  if (langOf(alert)) denial.lang = langOf(alert);
  card.append(denial);
  const meta = el("div", "meta");
  meta.append(el("span", "", when(post.published_at)));
  if (post.account && post.account.name) meta.append(el("bdi", "account", post.account.name));
  if (post.url) meta.append(safeLink(post.url, "source"));
  card.append(meta);
  const cues = uniqueCues(alert.denial.cues);
  if (cues.length) card.append(el("div", "cues", "cues: " + cues.join(" · ")));

  const list = el("ol", "stories");
  if (!alert.stories.length) list.append(el("li", "none", alert.note || "no earlier story found yet"));
  for (const s of alert.stories) {
    const li = el("li", "story");
    const top = el("div", "story-head");
    top.append(el("bdi", "outlet", s.outlet || "story"));
    top.append(el("span", "", when(s.published_at)));
    top.append(el("span", "gap", "denial came " + gap(s.published_at, post.published_at)));
    top.append(el("span", "score", "score " + s.score));
    if (s.url) top.append(safeLink(s.url, "open"));
    li.append(top);
    const text = el("p", "story-text", s.title ? s.title + " — " + (s.text || "") : s.text);
    text.dir = "auto";
    li.append(text);
    if (also.length && s.found_under) {
      li.append(el("div", "found-under", "found under " + s.found_under.map(p => p.name || p.id).join(", ")));
    }
    li.append(el("div", "reasons", (s.reasons || []).join(" · ")));
    list.append(li);
  }
  card.append(list);

  const row = el("div", "ack-row");
  const button = el("button", "ack-button", "Acknowledge");
  button.type = "button";
  button.addEventListener("click", () => acknowledge(alert.alert_id, button));
  row.append(button, el("span", "ack-state", ""));
  card.append(row);
  return card;
}

// a phrase that recurs in the denial is found once per occurrence: the card names it once
function uniqueCues(cues) {
  const seen = new Set();
  const out = [];
  for (const c of cues || []) {
    const text = (c.text || "").trim();
    const key = text.toLocaleLowerCase();
    if (text && !seen.has(key)) {
      seen.add(key);
      out.push(text);
    }
  }
  return out;
}

// The desk's one order, the store's: newest denial first, no time last, then the id.
function before(a, b) {
  const ta = (a.denial.post && a.denial.post.published_at) || "", tb = (b.denial.post && b.denial.post.published_at) || "";
  if (ta !== tb) return ta === "" ? false : tb === "" ? true : ta > tb;
  return a.alert_id < b.alert_id;
}

function filters() {
  const p = new URLSearchParams();
  for (const [name, id] of [["q", "f-q"], ["person", "f-person"], ["lang", "f-lang"], ["outlet", "f-outlet"], ["acked", "f-acked"]]) {
    const v = $(id).value.trim();
    if (v) p.set(name, v);
  }
  return p;
}

// Whether a live alert belongs to what the filters select; null when only the server can tell (search).
function selects(alert, ack) {
  const p = filters();
  if (p.has("q")) return null;
  return (!p.has("person") || alert.person.id === p.get("person")) && (!p.has("lang") || langOf(alert) === p.get("lang"))
    && (!p.has("outlet") || outletsOf(alert).includes(p.get("outlet")))
    && (!p.has("acked") || String(Boolean(ack)) === p.get("acked"));
}

function showCount() {
  $("empty").hidden = state.order.length > 0 || state.loading !== null;
  const n = state.total;
  $("count").textContent = (state.order.length < n ? state.order.length + " shown of " : "") + n + (n === 1 ? " alert" : " alerts");
}

function cardOf(alert, ack) {
  const card = render(alert);
  renderAck(card, ack);
  alert.stories.forEach(s => s.outlet && addOption("f-outlet", s.outlet, s.outlet));
  return card;
}

async function fetchPage(offset) {
  const p = filters();
  p.set("limit", String(PAGE));
  p.set("offset", String(offset));
  const res = await fetch("/api/alerts?" + p, { credentials: "same-origin" });
  if (!res.ok) throw new Error("the desk API answered " + res.status);
  return res.json();
}

// Replaces what the page holds with the first page of what the filters select. Changes that
// arrive meanwhile wait, and are applied after it (the page may or may not contain them).
async function reload() {
  const generation = ++state.generation;
  state.loading = fetchPage(0);
  let page;
  try {
    page = await state.loading;
  } catch (e) {
    if (generation === state.generation) { state.loading = null; $("status").textContent = e.message; }
    return;
  }
  if (generation !== state.generation) return; // a newer reload (another filter) took over
  state.loading = null;
  shown.clear();
  state.order = [];
  for (const item of page.items) hold(item.alert, item.ack);
  state.total = page.total;
  state.nextOffset = page.next_offset;
  if (window.scrollY > 0) window.scrollTo(0, 0);
  redrawNow();
  showCount();
  // when the desk first became usable: read by the benchmark (and by anyone's devtools)
  if (!performance.getEntriesByName("desk-first-page").length) performance.mark("desk-first-page");
  if (!state.paused) held.splice(0).forEach(apply);
}

function hold(alert, ack) {
  shown.set(alert.alert_id, { alert, ack, element: null });
  state.order.push(alert.alert_id);
}

// The next page, when the reader comes near the end of what the page holds.
async function loadMore() {
  if (state.loading !== null || state.nextOffset === null) return;
  const generation = state.generation;
  state.loading = fetchPage(state.nextOffset);
  let page;
  try { page = await state.loading; } finally { if (generation === state.generation) state.loading = null; }
  if (generation !== state.generation) return;
  for (const item of page.items) {
    if (!shown.has(item.alert.alert_id)) hold(item.alert, item.ack);
  }
  state.total = page.total;
  state.nextOffset = page.next_offset;
  showCount();
  if (!state.paused) held.splice(0).forEach(apply);
  redraw();
}

function heightOf(id) { return heights.get(id) || ESTIMATED_HEIGHT; }

// Redraws the visible part of the list at the next frame (once, however many changes asked).
// A hidden page gets no frames, but its list must still follow the store for when it is shown.
function redraw() {
  if (state.frame) return;
  const run = () => { state.frame = 0; redrawNow(); };
  state.frame = document.hidden ? setTimeout(run, 0) : requestAnimationFrame(run);
}

// Puts in the document the cards from just above to just below the viewport, and stands for the
// others with padding of their heights. Cards that leave the window leave the document.
function redrawNow() {
  const list = $("alerts");
  const origin = list.getBoundingClientRect().top + window.scrollY; // where the first card's place starts
  const from = window.scrollY - origin - OVERSCAN, to = window.scrollY + window.innerHeight - origin + OVERSCAN;
  let y = 0, first = 0;
  while (first < state.order.length && y + heightOf(state.order[first]) <= from) y += heightOf(state.order[first++]);
  const top = y;
  let last = first;
  while (last < state.order.length && y < to) y += heightOf(state.order[last++]);
  let bottom = 0;
  for (let i = last; i < state.order.length; i++) bottom += heightOf(state.order[i]);
  const cards = [];
  const keep = new Set(state.order.slice(first, last));
  for (const c of shown.values()) if (c.element && !keep.has(c.alert.alert_id)) c.element = null;
  for (let i = first; i < last; i++) {
    const c = shown.get(state.order[i]);
    if (!c.element) c.element = cardOf(c.alert, c.ack);
    c.element.setAttribute("aria-posinset", String(i + 1));
    c.element.setAttribute("aria-setsize", String(Math.max(state.total, state.order.length)));
    cards.push(c.element);
  }
  list.style.paddingTop = top + "px";
  list.style.paddingBottom = bottom + "px";
  list.replaceChildren(...cards);
  let changed = false;
  for (const card of cards) {
    const h = card.offsetHeight + parseFloat(getComputedStyle(card).marginBottom);
    if (h !== heights.get(card.dataset.alertId)) { heights.set(card.dataset.alertId, h); changed = true; }
  }
  if (changed) redraw(); // estimates were replaced by real heights: the window may differ
  if (last >= state.order.length - 5) loadMore().catch(e => { $("status").textContent = e.message; });
}

// A new alert or revision from the stream: placed where the store's order puts it, if that is
// within what the page holds (further down, the next page will bring it).
function placeLive(alert) {
  const old = shown.get(alert.alert_id);
  if (old && old.alert.revision >= alert.revision) return false;
  const ack = old ? old.ack : null;
  const fits = selects(alert, ack);
  if (fits === null) { note("new alerts: search again to see them"); return false; }
  if (old) { state.order.splice(state.order.indexOf(alert.alert_id), 1); shown.delete(alert.alert_id); }
  if (!fits) { if (old) { state.total--; showCount(); redraw(); } return false; }
  // a held report's provisional alert is revision 0: its release (1) is the same alert
  if (!old && alert.revision <= 1) state.total++;
  // the order is the store's, so the place is found by halving
  let lo = 0, hi = state.order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(shown.get(state.order[mid]).alert, alert)) lo = mid + 1; else hi = mid;
  }
  if (lo === state.order.length && state.nextOffset !== null) { showCount(); redraw(); return true; }
  shown.set(alert.alert_id, { alert, ack, element: null });
  state.order.splice(lo, 0, alert.alert_id);
  showCount();
  redraw();
  return true;
}

function onAck(ack) {
  const c = shown.get(ack.alert_id);
  if (!c) return;
  c.ack = ack;
  if (c.element) renderAck(c.element, ack);
  if (selects(c.alert, ack) === false) { // e.g. the page shows only unacknowledged alerts
    shown.delete(ack.alert_id);
    state.order.splice(state.order.indexOf(ack.alert_id), 1);
    state.total--;
    showCount();
    redraw();
  }
}

function note(text) {
  $("held").hidden = false;
  $("held").textContent = text;
}

function apply(change) {
  if (change.type === "ack") onAck(change.data);
  else if (placeLive(change.data) && change.live) announce(change.data);
}

function onChange(change) {
  if (state.paused || state.loading !== null) {
    held.push(change);
    if (state.paused) note(held.filter(c => c.type === "alert").length + " new while paused");
    return;
  }
  apply(change);
}

function addOption(selectId, value, label) {
  const select = $(selectId);
  if ([...select.options].some(o => o.value === value)) return;
  const o = el("option", "", label);
  o.value = value;
  select.append(o);
}

async function acknowledge(alertId, button) {
  button.disabled = true;
  const by = $("me").value.trim() || "desk";
  localStorage.setItem("dw-name", by);
  const res = await fetch("/api/alerts/" + encodeURIComponent(alertId) + "/ack", {
    method: "POST", credentials: "same-origin",
    headers: { "Content-Type": "application/json" }, body: JSON.stringify({ by })
  });
  if (!res.ok) button.disabled = false;
  // the card changes when the 'ack' event comes back, in this browser as in every other
}

function announce(alert) {
  if ($("sound").checked) new Audio("/chime.wav").play().catch(() => {});
  if ($("notify").checked && "Notification" in window && Notification.permission === "granted") {
    new Notification("Denial: " + alert.person.name, { body: ((alert.denial.post || {}).text || "").slice(0, 180) });
  }
}

function togglePause() {
  state.paused = !state.paused;
  $("pause").textContent = state.paused ? "Resume" : "Pause";
  $("pause").setAttribute("aria-pressed", String(state.paused));
  if (!state.paused) {
    $("held").hidden = true;
    if (state.loading === null) held.splice(0).forEach(apply);
  }
}

function connect() {
  const status = $("status");
  if (state.source) state.source.close();
  const source = new EventSource("/api/alerts/stream");
  state.source = source;
  let first = true;
  source.addEventListener("open", () => { status.textContent = "live"; status.className = "status live"; });
  source.addEventListener("error", () => { status.textContent = "reconnecting…"; status.className = "status"; state.live = false; });
  // the stream is subscribed: from here on nothing the first page misses can be lost
  source.addEventListener("synced", () => { state.live = true; if (first) { first = false; reload(); } });
  source.addEventListener("refetch", () => { held.length = 0; reload(); });
  source.addEventListener("alert", (ev) => onChange({ type: "alert", data: JSON.parse(ev.data), live: state.live }));
  source.addEventListener("ack", (ev) => onChange({ type: "ack", data: JSON.parse(ev.data) }));
}

async function loadPersons(res) {
  for (const p of await res.json()) addOption("f-person", p.id, p.name + " (" + p.alerts + ")");
}

async function start() {
  // with a token configured the API answers 401 until this browser has a session
  const probe = await fetch("/api/persons", { credentials: "same-origin" });
  if (probe.status === 401) { $("login").hidden = false; return; }
  $("login").hidden = true;
  connect();
  loadPersons(probe);
}

async function login(ev) {
  ev.preventDefault();
  const res = await fetch("/api/session", {
    method: "POST", credentials: "same-origin", headers: { "Authorization": "Bearer " + $("token").value }
  });
  if (res.ok) { $("token").value = ""; start(); }
  else $("login-error").textContent = "that token was refused";
}

function refilter() {
  clearTimeout(state.searchTimer);
  state.searchTimer = setTimeout(reload, 250);
}

document.addEventListener("DOMContentLoaded", () => {
  $("me").value = localStorage.getItem("dw-name") || "";
  ["f-person", "f-lang", "f-outlet", "f-acked"].forEach(id => $(id).addEventListener("change", reload));
  $("f-q").addEventListener("input", refilter);
  $("pause").addEventListener("click", togglePause);
  $("notify").addEventListener("change", () => {
    if ($("notify").checked && "Notification" in window && Notification.permission === "default") Notification.requestPermission();
  });
  $("login").addEventListener("submit", login);
  window.addEventListener("scroll", redraw, { passive: true });
  window.addEventListener("resize", redraw);
  start();
});
