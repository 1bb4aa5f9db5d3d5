// The live desk: follows /api/alerts/stream and keeps one card per alert, newest denial on top.
// Everything that comes from a post is put in the page as text (textContent), never as HTML,
// and only http(s) links are made clickable.
"use strict";

const cards = new Map(); // alert_id -> {alert, element}

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
  return h < 48 ? h + " h later" : Math.round(h / 24) + " days later";
}

function render(alert) {
  const card = el("article", "card");
  card.dataset.alertId = alert.alert_id;
  const head = el("div", "card-head");
  head.append(el("span", "person", alert.person.name));
  const denier = alert.denial.denier;
  if (denier) head.append(el("span", "denier", "denied by " + (denier.name || "?") + " (" + denier.kind + ")"));
  head.append(el("span", "rev", "revision " + alert.revision));
  card.append(head);

  const post = alert.denial.post || {};
  const denial = el("blockquote", "denial", post.text);
  denial.dir = "auto";
  if (alert.denial.lang) denial.lang = alert.denial.lang;
  card.append(denial);
  const meta = el("div", "meta");
  meta.append(el("span", "", when(post.published_at)));
  if (post.account && post.account.name) meta.append(el("span", "account", post.account.name));
  if (post.url) meta.append(safeLink(post.url, "source"));
  card.append(meta);
  if (alert.denial.cues && alert.denial.cues.length) {
    card.append(el("div", "cues", "cues: " + alert.denial.cues.map(c => c.text).join(" · ")));
  }

  const list = el("ol", "stories");
  if (!alert.stories.length) list.append(el("li", "none", alert.note || "no earlier story found yet"));
  for (const s of alert.stories) {
    const li = el("li", "story");
    const top = el("div", "story-head");
    top.append(el("span", "outlet", s.outlet || "story"));
    top.append(el("span", "", when(s.published_at)));
    top.append(el("span", "gap", "denial came " + gap(s.published_at, post.published_at)));
    top.append(el("span", "score", "score " + s.score));
    if (s.url) top.append(safeLink(s.url, "open"));
    li.append(top);
    const text = el("p", "story-text", s.title ? s.title + " — " + (s.text || "") : s.text);
    text.dir = "auto";
    li.append(text);
    li.append(el("div", "reasons", s.reasons.join(" · ")));
    list.append(li);
  }
  card.append(list);
  return card;
}

function place(alert) {
  const container = document.getElementById("alerts");
  const old = cards.get(alert.alert_id);
  if (old && old.alert.revision >= alert.revision) return;
  const card = render(alert);
  if (old) old.element.remove();
  cards.set(alert.alert_id, { alert, element: card });
  const t = (a) => (a.denial.post && a.denial.post.published_at) || "";
  const after = [...cards.values()].filter(c => c.element !== card && t(c.alert) < t(alert))
    .sort((a, b) => t(b.alert).localeCompare(t(a.alert)))[0];
  if (after && after.element.parentNode === container) container.insertBefore(card, after.element);
  else if (!after) container.prepend(card);
  else container.append(card);
  document.getElementById("empty").hidden = cards.size > 0;
  document.getElementById("count").textContent = cards.size + (cards.size === 1 ? " alert" : " alerts");
}

function connect() {
  const status = document.getElementById("status");
  const source = new EventSource("/api/alerts/stream");
  source.addEventListener("open", () => { status.textContent = "live"; status.className = "status live"; });
  source.addEventListener("error", () => { status.textContent = "reconnecting…"; status.className = "status"; });
  source.addEventListener("alert", (ev) => place(JSON.parse(ev.data)));
}

document.addEventListener("DOMContentLoaded", connect);
