// The live desk: follows /api/alerts/stream and keeps one card per alert, newest denial on top.
// Everything that comes from a post is put in the page as text (textContent), never as HTML,
// and only http(s) links are made clickable. The page talks to nothing but the sink.
"use strict";

const cards = new Map();   // alert_id -> {alert, element}
const acks = new Map();    // alert_id -> ack
const held = [];           // alerts that arrived while paused
const state = { paused: false, live: false, hits: null, source: null };

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
  const denier = alert.denial.denier;
  if (denier) {
    const d = el("span", "denier", "denied by ");
    d.append(el("bdi", "denier-name", denier.name || "?"), " (" + (denier.kind || "?") + ")");
    head.append(d);
  }
  head.append(el("span", "rev", "revision " + alert.revision));
  card.append(head);

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
  renderAck(card, acks.get(alert.alert_id));
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

function time(a) { return (a.denial.post && a.denial.post.published_at) || ""; }

function place(alert) {
  const container = $("alerts");
  const old = cards.get(alert.alert_id);
  if (old && old.alert.revision >= alert.revision) return false;
  const card = render(alert);
  if (old) old.element.remove();
  cards.set(alert.alert_id, { alert, element: card });
  // newest denial first: before the first card on the page that is not newer (a tie goes on top);
  // picking the reference among all cards by time instead put it under an equal-time neighbour
  const next = [...container.querySelectorAll("article.card")]
    .find(e => cards.has(e.dataset.alertId) && time(cards.get(e.dataset.alertId).alert) <= time(alert));
  if (next) container.insertBefore(card, next);
  else container.append(card);
  addOption("f-person", alert.person.id, alert.person.name);
  if (langOf(alert)) addOption("f-lang", langOf(alert), langOf(alert));
  outletsOf(alert).forEach(o => addOption("f-outlet", o, o));
  applyFilters();
  return true;
}

function addOption(selectId, value, label) {
  const select = $(selectId);
  if ([...select.options].some(o => o.value === value)) return;
  const o = el("option", "", label);
  o.value = value;
  select.append(o);
}

function applyFilters() {
  const person = $("f-person").value, lang = $("f-lang").value, outlet = $("f-outlet").value;
  let shown = 0;
  for (const { alert, element } of cards.values()) {
    const ok = (!person || alert.person.id === person) && (!lang || langOf(alert) === lang)
      && (!outlet || outletsOf(alert).includes(outlet)) && (!state.hits || state.hits.has(alert.alert_id));
    element.hidden = !ok;
    if (ok) shown++;
  }
  $("empty").hidden = cards.size > 0;
  $("count").textContent = (shown === cards.size ? "" : shown + " of ") + cards.size + (cards.size === 1 ? " alert" : " alerts");
}

// The search runs on the server (folded full text: Arabic with or without diacritics, hamza…).
let searchTimer = null;
function search() {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(async () => {
    const q = $("f-q").value.trim();
    if (!q) { state.hits = null; applyFilters(); return; }
    const res = await fetch("/api/alerts?limit=500&q=" + encodeURIComponent(q), { credentials: "same-origin" });
    if (!res.ok) return;
    const page = await res.json();
    state.hits = new Set(page.items.map(i => i.alert.alert_id));
    applyFilters();
  }, 250);
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

function onAck(ack) {
  acks.set(ack.alert_id, ack);
  const c = cards.get(ack.alert_id);
  if (c) renderAck(c.element, ack);
}

function announce(alert) {
  if (!state.live) return; // the backlog replayed on connect is not news
  if ($("sound").checked) new Audio("/chime.wav").play().catch(() => {});
  if ($("notify").checked && "Notification" in window && Notification.permission === "granted") {
    new Notification("Denial: " + alert.person.name, { body: ((alert.denial.post || {}).text || "").slice(0, 180) });
  }
}

function onAlert(alert) {
  if (state.paused) {
    held.push(alert);
    $("held").hidden = false;
    $("held").textContent = held.length + " new while paused";
    return;
  }
  if (place(alert)) announce(alert);
}

function togglePause() {
  state.paused = !state.paused;
  $("pause").textContent = state.paused ? "Resume" : "Pause";
  $("pause").setAttribute("aria-pressed", String(state.paused));
  if (!state.paused) {
    held.splice(0).forEach(a => { if (place(a)) announce(a); });
    $("held").hidden = true;
  }
}

function connect() {
  const status = $("status");
  if (state.source) state.source.close();
  const source = new EventSource("/api/alerts/stream");
  state.source = source;
  source.addEventListener("open", () => { status.textContent = "live"; status.className = "status live"; });
  source.addEventListener("error", () => { status.textContent = "reconnecting…"; status.className = "status"; state.live = false; });
  source.addEventListener("synced", () => { state.live = true; });
  source.addEventListener("alert", (ev) => onAlert(JSON.parse(ev.data)));
  source.addEventListener("ack", (ev) => onAck(JSON.parse(ev.data)));
}

async function start() {
  // with a token configured the API answers 401 until this browser has a session
  const probe = await fetch("/api/persons", { credentials: "same-origin" });
  if (probe.status === 401) { $("login").hidden = false; return; }
  $("login").hidden = true;
  connect();
}

async function login(ev) {
  ev.preventDefault();
  const res = await fetch("/api/session", {
    method: "POST", credentials: "same-origin", headers: { "Authorization": "Bearer " + $("token").value }
  });
  if (res.ok) { $("token").value = ""; start(); }
  else $("login-error").textContent = "that token was refused";
}

document.addEventListener("DOMContentLoaded", () => {
  $("me").value = localStorage.getItem("dw-name") || "";
  ["f-person", "f-lang", "f-outlet"].forEach(id => $(id).addEventListener("change", applyFilters));
  $("f-q").addEventListener("input", search);
  $("pause").addEventListener("click", togglePause);
  $("notify").addEventListener("change", () => {
    if ($("notify").checked && "Notification" in window && Notification.permission === "default") Notification.requestPermission();
  });
  $("login").addEventListener("submit", login);
  start();
});
