/* Arena: a reviewer's phone page.
 *
 * Plain modern JavaScript, no build step, nothing fetched from outside the room.
 * The personal token is the last part of the address. The page keeps a draft of
 * every ballot in localStorage (it survives a reload), queues a submission that
 * could not be sent (an "outbox", resent when the phone is back online, with the
 * same client id so it never counts twice), and follows the host through
 * server-sent events. A receipt is shown only for a ballot the server committed.
 */
"use strict";

(function () {
  var TOKEN = decodeURIComponent(location.pathname.split("/").filter(Boolean).pop() || "");
  var API = "/api/r/" + encodeURIComponent(TOKEN);
  var STORE_PREFIX = "arena:" + TOKEN + ":";
  var RETRY_MS = 4000;
  var SEND_TIMEOUT_MS = 10000;

  var TEXT = window.ARENA_TEXT;
  var notes = window.ArenaNotes({ t: t, el: el, load: load, save: save, api: API,
                                  changed: function (pid) { updateCard(pid); } }); // comments, outliers
  var checking = {}; // presenter id -> the outlier question is being asked

  var lang = pickLanguage();
  var setup = null; // the personal state from the server
  var results = {}; // presenter id -> {kind: sending|pending|ok|error, code, status}
  var shownKey = ""; // which cards are on screen, to rebuild only when that changes
  var feed = null;
  var feedUp = false;
  var everConnected = false;
  var sending = {};
  var loadFailed = false;
  var memory = {}; // used when the browser refuses localStorage (some in-app browsers)

  // -- small helpers ------------------------------------------------------------

  function t(key, values) {
    var text = TEXT[lang][key];
    return fill(text === undefined ? key : text, values);
  }
  function fill(text, values) {
    return String(text).replace(/\{(\w+)\}/g, function (_, k) {
      return values && k in values ? values[k] : k === "noun" ? noun() : "";
    });
  }
  function noun() { // what the contest calls the things presented (产业链, 项目, 选手), else the default
    return (setup && setup.contest.presenter_noun) || TEXT[lang].noun;
  }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function $(id) { return document.getElementById(id); }

  function load(key) {
    try {
      var raw = window.localStorage.getItem(STORE_PREFIX + key);
      return raw === null ? null : JSON.parse(raw);
    } catch (e) { return key in memory ? memory[key] : null; }
  }
  function save(key, value) {
    memory[key] = value;
    try {
      if (value === null) window.localStorage.removeItem(STORE_PREFIX + key);
      else window.localStorage.setItem(STORE_PREFIX + key, JSON.stringify(value));
    } catch (e) { /* memory keeps it for this visit */ }
  }

  function pickLanguage() {
    var chosen;
    try { chosen = window.localStorage.getItem("arena:lang"); } catch (e) { chosen = null; }
    if (chosen === "zh" || chosen === "en") return chosen;
    var langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || "zh"];
    return /^zh/i.test(langs[0]) ? "zh" : "en";
  }

  function newClientId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes); // works without https, unlike crypto.randomUUID
    return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join("");
  }

  // -- marks: exact decimal checks, in integer steps -----------------------------------

  function normalise(text) {
    return String(text).trim()
      .replace(/[０-９]/g, function (d) { return String.fromCharCode(d.charCodeAt(0) - 0xfee0); })
      .replace(/[．。]/g, ".");
  }
  function decimals(text) {
    var i = text.indexOf(".");
    return i < 0 ? 0 : text.length - i - 1;
  }
  function scaled(text, places) { // "12.5", 2 -> 1250, exactly
    var parts = text.split(".");
    var frac = (parts[1] || "") + "0".repeat(places);
    return parseInt(parts[0] + frac.slice(0, places), 10);
  }
  function checkMark(criterion, text) {
    var value = normalise(text);
    if (value === "") return { error: "e_empty" };
    if (!/^\d{1,6}(\.\d{1,6})?$/.test(value)) return { error: "e_nan" };
    value = value.indexOf(".") >= 0 ? value.replace(/0+$/, "").replace(/\.$/, "") : value;
    var places = Math.max(decimals(criterion.step), decimals(criterion.max));
    if (decimals(value) > places) return { error: "e_step" };
    var v = scaled(value, places), max = scaled(criterion.max, places), step = scaled(criterion.step, places);
    if (v > max) return { error: "e_range" };
    if (v % step !== 0) return { error: "e_step" };
    return { value: value, number: v / Math.pow(10, places) };
  }
  function stepped(criterion, text, direction) {
    var places = Math.max(decimals(criterion.step), decimals(criterion.max));
    var step = scaled(criterion.step, places), max = scaled(criterion.max, places);
    var checked = checkMark(criterion, text);
    // From an empty field, + starts at one step and − at the maximum (most marks sit near the top).
    var v = checked.error ? (direction > 0 ? 0 : max + step) : scaled(checked.value, places);
    v = Math.round(v / step) * step + direction * step;
    v = Math.min(max, Math.max(0, v));
    return (v / Math.pow(10, places)).toFixed(places).replace(/\.?0+$/, "") || "0";
  }

  // -- the server --------------------------------------------------------------------------

  function fetchSetup(rebuild) {
    return fetch(API, { cache: "no-store", credentials: "omit" }).then(function (resp) {
      if (resp.status === 404) { showBadLink("bad_link"); return null; }
      if (resp.status === 429) { showBadLink("too_many_link"); return null; }
      if (!resp.ok) throw new Error("status " + resp.status);
      return resp.json();
    }).then(function (data) {
      if (data) {
        var first = setup === null;
        setup = data;
        render(first || rebuild === true); // otherwise refresh in place: no rebuild under the thumb
      }
      return data;
    });
  }

  function outbox() { return load("outbox") || []; }

  function submit(pid) {
    if (results[pid] && results[pid].kind === "sending") return; // a double tap sends once
    var card = document.querySelector('.card[data-pid="' + pid + '"]');
    var marks = {}, firstBad = null;
    setup.criteria.forEach(function (c) {
      var input = card.querySelector('input[data-cid="' + c.id + '"]');
      var checked = checkMark(c, input.value);
      showFieldError(input, checked.error ? t(checked.error, c) : "");
      if (checked.error && !firstBad) firstBad = input;
      else marks[String(c.id)] = checked.value;
    });
    if (firstBad) { firstBad.focus(); return; }
    var comment = notes.commentOf(setup, card);
    if (comment === false || checking[pid]) return;
    checking[pid] = true;
    notes.beforeSend(setup, card, pid, totalOf(marks).text, function (reason) {
      var item = { client_id: newClientId(), presenter_id: pid, marks: marks };
      if (comment !== null) item.comment = comment;
      if (reason) item.outlier_reason = reason;
      // A newer ballot for the same presenter replaces one still waiting to be sent.
      save("outbox", outbox().filter(function (o) { return o.presenter_id !== pid; }).concat([item]));
      results[pid] = { kind: "sending" };
      showResult(pid);
      send(item);
    }, function () { delete checking[pid]; });
  }

  function send(item) {
    if (sending[item.client_id]) return;
    sending[item.client_id] = true;
    var pid = item.presenter_id;
    // A request lost in a dead Wi-Fi can hang for minutes: give up after a while and retry the same id.
    var abort = window.AbortController ? new AbortController() : null;
    var timer = setTimeout(function () { if (abort) abort.abort(); }, SEND_TIMEOUT_MS);
    fetch(API + "/ballots", {
      method: "POST", cache: "no-store", credentials: "omit", signal: abort ? abort.signal : undefined,
      headers: { "Content-Type": "application/json" }, body: JSON.stringify(item)
    }).then(function (resp) {
      clearTimeout(timer);
      return resp.json().catch(function () { return null; }).then(function (body) {
        delete sending[item.client_id];
        if (resp.status === 507) {  // the laptop's disk is full: kept here, sent again once the host has room
          results[pid] = { kind: "error", code: "storage_full", status: resp.status };
          showResult(pid);
          return;
        }
        if (resp.status >= 500 || resp.status === 429) { return waitAndRetry(pid); }
        save("outbox", outbox().filter(function (o) { return o.client_id !== item.client_id; }));
        if (resp.ok && body) {
          setup.ballots[String(pid)] = { marks: body.marks, receipt: body.receipt, received_at: body.received_at,
                                         superseded: [], comment: body.comment || "" };
          save("mine:" + pid, body.receipt);  // this device's own receipt: another device may replace it
          var draft = load("draft:" + pid);
          if (draft && sameMarks(draft, body.marks)) save("draft:" + pid, null);
          if ((notes.draftComment(pid) || "").trim() === (body.comment || "")) save("note:" + pid, null);
          results[pid] = { kind: "ok" };
          updateCard(pid);
          showResult(pid);
          receiptIntoView(pid);
        } else {
          results[pid] = { kind: "error", code: body && body.error, status: resp.status };
        }
        showResult(pid);
        renderDone();
      });
    }).catch(function () {
      clearTimeout(timer);
      delete sending[item.client_id];
      waitAndRetry(pid);
    });
  }

  function waitAndRetry(pid) {
    results[pid] = { kind: "pending" };
    showResult(pid);
    renderDone();
    showBanner();
  }

  function flushOutbox() {
    outbox().forEach(send);
  }

  function sameMarks(a, b) {
    var ka = Object.keys(a || {}), kb = Object.keys(b || {});
    if (ka.length !== kb.length) return false;
    return ka.every(function (k) { return String(a[k]) === String(b[k]); });
  }

  // -- the live feed ------------------------------------------------------------------------

  function connect() {
    if (feed) feed.close();
    feed = new EventSource(API + "/events");
    feed.addEventListener("state", function (ev) {
      var state;
      try { state = JSON.parse(ev.data); } catch (e) { return; }
      var known = setup && Object.keys(state.scoring).every(function (id) {
        return setup.presenters.some(function (p) { return String(p.id) === id; });
      });
      if (!known || state.setup !== setup.state.setup) { // the host edited the setup
        fetchSetup(true).catch(function () {});
        return;
      }
      setup.state = state;
      render(false);
    });
    feed.onopen = function () {
      var reconnected = everConnected && !feedUp;
      feedUp = everConnected = true;
      showBanner();
      if (reconnected) fetchSetup().catch(function () {}); // catch up on what changed while away
      flushOutbox();
    };
    feed.onerror = function () {
      feedUp = false;
      setTimeout(showBanner, 1500); // a blip that heals at once shows no banner
      if (feed.readyState === 2) setTimeout(connect, RETRY_MS); // closed for good: start over ourselves
    };
  }

  // -- drawing ------------------------------------------------------------------------------

  function presenter(id) {
    return setup.presenters.filter(function (p) { return p.id === id; })[0];
  }

  function openForMe() {
    var scoring = setup.state.scoring;
    return setup.presenters.filter(function (p) { return scoring[String(p.id)] === "open" && !p.recused; });
  }

  function render(force) {
    if (!setup) return;
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
    document.title = t("title") + " · " + setup.contest.title;
    $("contest-title").textContent = setup.contest.title;
    var r = setup.reviewer;
    // The group before the title (a long title is what gets cut at 320 px), and the title only when it
    // says more than the group ("部门负责人 · 部门负责人" once, not twice).
    $("who").textContent = [r.name, r.group, r.title !== r.group ? r.title : ""].filter(Boolean).join(" · ");
    $("lang").textContent = t("other");
    renderStatus();
    renderClosing();
    var open = openForMe();
    var key = lang + "|" + open.map(function (p) { return p.id; }).join(",");
    if (force || key !== shownKey) {
      shownKey = key;
      var box = $("ballots");
      box.textContent = "";
      open.forEach(function (p) { box.appendChild(card(p)); });
    }
    open.forEach(function (p) { updateCard(p.id); });
    renderDone();
    showBanner();
    if (window.ARENA_PRESENCE) window.ARENA_PRESENCE.render(setup, lang, API); // check-in, signing
  }

  function renderClosing() { // issue 17: a window about to close by itself (the host's phase timer)
    var closing = setup.state.closing || [];
    var soon = openForMe().filter(function (p) { return closing.indexOf(String(p.id)) >= 0; });
    var box = $("closing");
    box.hidden = soon.length === 0;
    box.textContent = soon.length ? t("phase_closing", { names: soon.map(function (p) { return p.name; }).join("、") }) : "";
  }

  function renderStatus() {
    var box = $("status");
    box.textContent = "";
    box.className = "status";
    var state = setup.state;
    var current = state.current_presenter_id !== null ? presenter(state.current_presenter_id) : null;
    var open = openForMe();
    var recusedOpen = setup.presenters.filter(function (p) {
      return p.recused && state.scoring[String(p.id)] === "open";
    });
    if (state.phase === "closed") {
      box.classList.add("closed");
      box.appendChild(el("p", "big", t("contest_closed")));
    } else if (open.length === 0 && current && current.recused) {
      box.classList.add("recused");
      box.appendChild(el("p", "big", t("recused", { name: current.name })));
      box.appendChild(el("p", "", t("recused_note")));
    } else if (open.length === 0 && current && state.scoring[String(current.id)] === "closed") {
      box.classList.add("closed");
      box.appendChild(el("p", "big", t("closed_one", { name: current.name })));
      if (unsent(current.id)) box.appendChild(el("p", "note unsent-note", t("closed_unsent")));
      box.appendChild(el("p", "", t("wait")));
    } else if (open.length === 0) {
      box.classList.add("waiting");
      box.appendChild(el("p", "big", t("not_open")));
      if (current) box.appendChild(el("p", "", t("now_presenting", { name: current.name })));
      box.appendChild(el("p", "", t("wait")));
    } else if (open.length > 1) {
      box.appendChild(el("p", "", t("all_at_end")));
    }
    if (open.length > 0 || state.phase !== "closed") {
      recusedOpen.forEach(function (p) {
        if (open.length > 0 || !current || current.id !== p.id) {
          box.appendChild(el("p", "note recused-note", t("recused", { name: p.name })));
        }
      });
    }
    box.hidden = !box.firstChild;
  }

  function card(p) {
    var node = el("section", "card");
    node.setAttribute("data-pid", p.id);
    node.appendChild(el("h2", "", p.name));
    var sub = [p.speaker, p.unit].filter(Boolean).join(" · ");
    if (sub) node.appendChild(el("p", "sub", sub));
    var draft = load("draft:" + p.id);
    var submitted = setup.ballots[String(p.id)];
    setup.criteria.forEach(function (c) {
      node.appendChild(field(p, c, draft ? draft[String(c.id)] : submitted && submitted.marks[String(c.id)]));
    });
    var typedComment = notes.draftComment(p.id);
    var comment = notes.commentBox(setup, p.id, typedComment !== null ? typedComment : submitted && submitted.comment);
    if (comment) node.appendChild(comment);
    var total = el("div", "total");
    total.appendChild(el("span", "total-label", t("total")));
    total.appendChild(el("strong", "total-value", "—"));
    total.appendChild(el("span", "total-of", " / 100"));
    total.appendChild(el("span", "total-missing", ""));
    node.appendChild(total);
    var button = el("button", "submit", t("submit"));
    button.type = "button";
    button.addEventListener("click", function () { submit(p.id); });
    node.appendChild(button);
    var result = el("div", "result");
    result.setAttribute("role", "status");
    result.setAttribute("aria-live", "polite");
    node.appendChild(result);
    return node;
  }

  function field(p, c, value) {
    var id = "m-" + p.id + "-" + c.id;
    var wrap = el("div", "field");
    var label = el("label", "");
    label.htmlFor = id;
    label.appendChild(el("span", "crit-name", c.name));
    label.appendChild(el("span", "crit-max", t("max", c)));
    wrap.appendChild(label);
    var row = el("div", "stepper");
    var dec = el("button", "step dec", "−");
    var inc = el("button", "step inc", "+");
    dec.type = inc.type = "button";
    dec.setAttribute("aria-label", t("dec") + " " + c.name);
    inc.setAttribute("aria-label", t("inc") + " " + c.name);
    var input = el("input", "mark");
    input.id = id;
    input.type = "text";
    input.inputMode = "decimal";
    input.autocomplete = "off";
    input.setAttribute("data-cid", c.id);
    input.setAttribute("aria-describedby", id + "-err");
    input.placeholder = "0–" + c.max;
    input.value = value === undefined || value === null ? "" : String(value);
    var error = el("p", "error", "");
    error.id = id + "-err";
    var initial = input.value ? checkMark(c, input.value) : {};
    if (initial.error) { // a draft restored with a mistake in it shows the mistake again
      error.textContent = t(initial.error, c);
      input.setAttribute("aria-invalid", "true");
    }
    function changed() {
      var checked = checkMark(c, input.value);
      showFieldError(input, checked.error && checked.error !== "e_empty" ? t(checked.error, c) : "");
      saveDraft(p.id);
      updateCard(p.id);
    }
    input.addEventListener("input", changed);
    dec.addEventListener("click", function () { input.value = stepped(c, input.value, -1); changed(); });
    inc.addEventListener("click", function () { input.value = stepped(c, input.value, 1); changed(); });
    row.appendChild(dec);
    row.appendChild(input);
    row.appendChild(inc);
    wrap.appendChild(row);
    wrap.appendChild(error);
    return wrap;
  }

  function showFieldError(input, message) {
    var error = $(input.getAttribute("aria-describedby"));
    error.textContent = message;
    input.setAttribute("aria-invalid", message ? "true" : "false");
  }

  function currentMarks(pid) {
    var card = document.querySelector('.card[data-pid="' + pid + '"]');
    var marks = {};
    if (!card) return marks;
    Array.prototype.forEach.call(card.querySelectorAll("input.mark"), function (input) {
      if (input.value.trim() !== "") marks[input.getAttribute("data-cid")] = input.value.trim();
    });
    return marks;
  }

  function saveDraft(pid) {
    save("draft:" + pid, currentMarks(pid));
  }

  function updateCard(pid) {
    var card = document.querySelector('.card[data-pid="' + pid + '"]');
    if (!card) return;
    var marks = currentMarks(pid);
    var total = totalOf(marks);
    var none = total.missing === setup.criteria.length;
    // A partial total is a muted sum so far, never a big red score.
    card.querySelector(".total").classList.toggle("partial", total.missing > 0);
    card.querySelector(".total-value").textContent = none ? "—" : total.text;
    card.querySelector(".total-missing").textContent = total.missing && !none ? t("missing", { n: total.missing }) : "";
    var submitted = setup.ballots[String(pid)];
    var comment = notes.typed(card);
    var edited = submitted && (!sameMarks(normalisedMarks(marks), submitted.marks) ||
                               (comment !== null && comment !== (submitted.comment || "")));
    var result = results[pid];
    // Saved and unchanged: the button says so and does not invite a second submit.
    var settled = submitted && !edited && (!result || result.kind === "ok");
    var button = card.querySelector(".submit");
    button.textContent = settled ? t("submitted") : submitted ? t("resubmit") : t("submit");
    button.disabled = !!settled;
    button.classList.toggle("settled", !!settled);
    card.classList.toggle("edited", !!edited);
    if (results[pid] && results[pid].kind === "ok" && edited) results[pid] = null;
    showResult(pid);
  }

  // The reviewer's total on the 100-point scale: 100 × Σ(weight × mark / max) / Σ weight.
  function totalOf(marks) {
    var sum = 0, weights = 0, missing = 0;
    setup.criteria.forEach(function (c) {
      var w = Number(c.weight);
      weights += w;
      var checked = marks[String(c.id)] === undefined ? { error: "e_empty" } : checkMark(c, String(marks[String(c.id)]));
      if (checked.error) missing += 1;
      else sum += w * checked.number / Number(c.max);
    });
    var total = weights ? 100 * sum / weights : 0;
    return { text: String(Math.round(total * 100) / 100), missing: missing };
  }

  function normalisedMarks(marks) {
    var out = {};
    setup.criteria.forEach(function (c) {
      var v = marks[String(c.id)];
      if (v === undefined) return;
      var checked = checkMark(c, v);
      out[String(c.id)] = checked.error ? v : checked.value;
    });
    return out;
  }

  function showResult(pid) {
    var card = document.querySelector('.card[data-pid="' + pid + '"]');
    if (!card) return;
    var box = card.querySelector(".result");
    box.textContent = "";
    box.className = "result";
    var result = results[pid];
    if (!result && outbox().some(function (o) { return o.presenter_id === pid; })) result = { kind: "pending" };
    var submitted = setup.ballots[String(pid)];
    var edited = card.classList.contains("edited");
    if (result && result.kind === "sending") {
      box.classList.add("sending");
      box.appendChild(el("p", "", t("sending")));
    } else if (result && result.kind === "pending") {
      box.classList.add("pending");
      box.appendChild(el("p", "", t("pending")));
    } else if (result && result.kind === "error") {
      box.classList.add("failed");
      var codes = TEXT[lang].codes;
      box.appendChild(el("p", "", fill(codes[result.code] || codes.other, { status: result.status })));
    } else if (submitted && !edited && (submitted.superseded || []).indexOf(load("mine:" + pid)) >= 0) {
      // A later ballot from another device of this reviewer replaced the one sent from here.
      box.classList.add("failed");
      box.appendChild(el("p", "superseded", t("superseded", { receipt: submitted.receipt })));
    } else if (submitted && !edited) {
      box.classList.add("ok");
      box.appendChild(el("p", "", t("ok")));
      var receipt = el("p", "receipt");
      receipt.appendChild(el("span", "", t("receipt") + " "));
      receipt.appendChild(el("strong", "receipt-code", submitted.receipt));
      receipt.appendChild(el("span", "time", " · " + clock(submitted.received_at)));
      box.appendChild(receipt);
    } else if (submitted && edited) {
      box.classList.add("pending");
      box.appendChild(el("p", "", t("edited")));
    }
    box.hidden = !box.firstChild;
  }

  function receiptIntoView(pid) {
    var box = document.querySelector('.card[data-pid="' + pid + '"] .result');
    if (box && !box.hidden) box.scrollIntoView({ block: "nearest" });
  }

  // Marks (or a comment) typed here for a presenter and not in the ballot the server holds.
  function unsent(pid) {
    var draft = load("draft:" + pid) || {};
    var ballot = setup.ballots[String(pid)];
    var comment = notes.draftComment(pid);
    var marksDiffer = Object.keys(draft).length > 0 && !(ballot && sameMarks(normalisedMarks(draft), ballot.marks));
    var commentDiffers = comment !== null && comment.trim() !== "" && comment.trim() !== ((ballot && ballot.comment) || "");
    return marksDiffer || commentDiffers;
  }

  function draftText(pid) {
    var draft = load("draft:" + pid) || {};
    return setup.criteria.map(function (c) {
      var v = draft[String(c.id)];
      return c.name + " " + (v === undefined || v === "" ? "—" : v);
    }).join(" · ");
  }

  function clock(iso) {
    var d = new Date(iso);
    return isNaN(d) ? "" : d.toLocaleTimeString(lang === "zh" ? "zh-CN" : "en-GB", { hour12: false });
  }

  function renderDone() {
    if (!setup) return;
    var open = openForMe().map(function (p) { return p.id; });
    var waiting = {};
    outbox().forEach(function (o) { waiting[o.presenter_id] = true; });
    var list = $("done-list");
    list.textContent = "";
    setup.presenters.forEach(function (p) {
      if (open.indexOf(p.id) >= 0) return;
      var ballot = setup.ballots[String(p.id)];
      var result = results[p.id];
      var held = !waiting[p.id] && unsent(p.id);
      if (!ballot && !waiting[p.id] && !(result && result.kind === "error") && !held) return;
      var item = el("li", "");
      item.appendChild(el("span", "done-name", p.name));
      if (waiting[p.id]) item.appendChild(el("span", "done-pending", t("pending_short")));
      else if (result && result.kind === "error") {
        var codes = TEXT[lang].codes;
        item.appendChild(el("span", "done-failed", fill(codes[result.code] || codes.other, { status: result.status })));
      } else if (held) item.appendChild(el("span", "done-unsent", t("unsent_short")));
      if (ballot) {
        item.appendChild(el("span", "done-total", t("total") + " " + totalOf(ballot.marks).text));
        item.appendChild(el("span", "done-receipt", t("receipt") + " " + ballot.receipt));
      }
      if (held) {  // the marks typed here stay in sight: the host can still take them on paper
        item.classList.add("unsent");
        item.appendChild(el("span", "done-draft", t("draft") + " " + draftText(p.id)));
      }
      list.appendChild(item);
    });
    $("done-title").textContent = t("done");
    $("done").hidden = !list.firstChild;
  }

  function showBanner() {
    var banner = $("offline");
    var down = !navigator.onLine || (feed !== null && !feedUp) || (setup === null && loadFailed);
    banner.textContent = "";
    if (down) {
      banner.appendChild(el("p", "", t("offline")));
      // Over plain http there is no offline copy of the page: a reload with the Wi-Fi down shows nothing.
      banner.appendChild(el("p", "offline-reload", t("offline_reload")));
      if (outbox().length) banner.appendChild(el("p", "", t("offline_outbox")));
    }
    banner.hidden = !down;
  }

  function showBadLink(key) {
    var box = $("status");
    box.hidden = false;
    box.className = "status failed";
    box.textContent = "";
    $("contest-title").textContent = t(key === "too_many_link" ? "too_many_title" : "bad_link_title");
    box.appendChild(el("p", "big link-problem", t(key)));
  }

  // -- start --------------------------------------------------------------------------------

  function start() {
    $("contest-title").textContent = t("loading");
    $("lang").addEventListener("click", function () {
      lang = lang === "zh" ? "en" : "zh";
      try { window.localStorage.setItem("arena:lang", lang); } catch (e) { /* only for this visit */ }
      render(true);
    });
    window.addEventListener("online", function () { showBanner(); flushOutbox(); if (!feedUp) connect(); });
    window.addEventListener("offline", showBanner);
    setInterval(function () { if (outbox().length && navigator.onLine) flushOutbox(); }, RETRY_MS);
    (function first() {
      fetchSetup().then(function (data) {
        if (!data) return;
        connect();
        flushOutbox();
      }).catch(function () { loadFailed = true; showBanner(); setTimeout(first, RETRY_MS); });
    })();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
