/* Arena phone page: check-in (签到) and signing (签字确认). Loaded after phone.js.
 *
 * phone.js calls ARENA_PRESENCE.render(setup, lang, api) whenever it redraws. This file reads the
 * reviewer's presence (/presence: checked in or not, what to sign now, what was signed) when the
 * public state moved, and draws into #presence: the reviewer's name and a 签到 button until they
 * check in; after the close (or a presenter's close, per the setup) a summary of their own ballots
 * and a canvas to sign on with a finger (pointer events). Strokes are sent as points in a
 * 1000 x 400 box with the SHA-256 of the summary shown, so the signature confirms exactly that.
 * Its strings join the page's string table with the prefix "ps_".
 */
"use strict";

(function () {
  var BOX_W = 1000, BOX_H = 400;
  var TEXT = window.ARENA_TEXT;
  Object.assign(TEXT.zh, {
    ps_checkin_title: "会前签到", ps_checkin: "签到", ps_checking_in: "正在签到…",
    ps_checked_in: "✓ 已签到 {time}", ps_checkin_note: "签到后即可参加评分；未签到也不影响评分。",
    ps_sign_title: "签字确认", ps_sign_title_one: "签字确认：{name}",
    ps_sign_note: "请核对您本人的评分，确认无误后在下方框内用手指签名。",
    ps_sign_here: "请在此处签名", ps_clear: "重写", ps_confirm: "确认签字", ps_signing: "正在提交签字…",
    ps_signed: "✓ 已签字 {time}", ps_signed_one: "✓ 「{name}」已签字 {time}",
    ps_precedes: "（签字后主持人修改过评分）", ps_none: "（无评分记录）", ps_receipt: "回执",
    ps_codes: {
      already_signed: "您已签过字，每人只能签一次", not_signable: "现在还不能签字",
      summary_changed: "您的评分有变化，请重新核对后再签字", bad_strokes: "签名数据有误，请重写",
      empty_signature: "请先在框内签名", too_many: "请求过多，请稍后再试", busy: "服务器忙，请稍后再试",
      not_found: "此链接无效", other: "提交失败（{status}），请重试", offline: "网络中断，请恢复后重试"
    }
  });
  Object.assign(TEXT.en, {
    ps_checkin_title: "Check in", ps_checkin: "Check in", ps_checking_in: "Checking in…",
    ps_checked_in: "✓ Checked in at {time}", ps_checkin_note: "Checking in is not needed to score; it tells the host you are here.",
    ps_sign_title: "Sign your scores", ps_sign_title_one: "Sign your scores: {name}",
    ps_sign_note: "Check your own scores below, then sign with your finger in the box.",
    ps_sign_here: "Sign here", ps_clear: "Clear", ps_confirm: "Confirm and sign", ps_signing: "Sending your signature…",
    ps_signed: "✓ Signed at {time}", ps_signed_one: "✓ {name} signed at {time}",
    ps_precedes: "(the host corrected a score after you signed)", ps_none: "(no scores)", ps_receipt: "receipt",
    ps_codes: {
      already_signed: "You have already signed; each reviewer signs once", not_signable: "There is nothing to sign yet",
      summary_changed: "Your scores changed; check them again and sign", bad_strokes: "The signature could not be read; sign again",
      empty_signature: "Sign in the box first", too_many: "Too many requests; try again shortly", busy: "The server is busy; try again",
      not_found: "This link is not valid", other: "Could not send ({status}); try again", offline: "No network; try again when it is back"
    }
  });

  var api = "", lang = "zh", setup = null, drawnLang = "";
  var state = null; // the last /presence answer
  var stateKey = ""; // the public state it was read for
  var loading = false;
  var again = false; // the state moved while a read was on its way
  var busy = false; // a check-in or a signature on its way
  var message = {}; // scope (or "checkin") -> the last refusal's text
  var notice = ""; // a refusal that outlives its card (signed meanwhile on another device)
  var strokes = {}; // scope -> strokes drawn and not yet sent

  function t(key, values) {
    var text = TEXT[lang][key];
    return String(text === undefined ? key : text).replace(/\{(\w+)\}/g, function (_, k) {
      return values && k in values ? values[k] : "";
    });
  }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function clock(iso) {
    var d = new Date(iso);
    return isNaN(d) ? "" : d.toLocaleTimeString(lang === "zh" ? "zh-CN" : "en-GB", { hour12: false, hour: "2-digit", minute: "2-digit" });
  }
  function refusal(status, body) {
    var codes = TEXT[lang].ps_codes;
    var code = body && body.error;
    return String(codes[code] || codes.other).replace("{status}", status);
  }

  function reload() {
    if (loading) { again = true; return; } // asked while a read is on its way: read once more after it
    loading = true;
    again = false;
    fetch(api + "/presence", { cache: "no-store", credentials: "omit" }).then(function (resp) {
      return resp.ok ? resp.json() : null;
    }).then(function (data) {
      loading = false;
      if (data) { state = data; draw(); }
      if (again) reload();
    }).catch(function () { loading = false; if (again) reload(); });
  }

  function post(path, body) {
    return fetch(api + path, {
      method: "POST", credentials: "omit", cache: "no-store",
      headers: { "Content-Type": "application/json" }, body: JSON.stringify(body || {})
    }).then(function (resp) {
      return resp.json().catch(function () { return null; }).then(function (data) {
        return { ok: resp.ok, status: resp.status, body: data };
      });
    });
  }

  function checkIn() {
    if (busy) return;
    busy = true; message.checkin = t("ps_checking_in"); draw();
    post("/checkin").then(function (answer) {
      busy = false;
      message.checkin = answer.ok ? "" : refusal(answer.status, answer.body);
      if (answer.ok) state.checked_in_at = answer.body.checked_in_at;
      draw();
    }).catch(function () { busy = false; message.checkin = TEXT[lang].ps_codes.offline; draw(); });
  }

  function sendSignature(item) {
    var drawn = strokes[item.scope] || [];
    var points = drawn.reduce(function (n, s) { return n + s.length; }, 0);
    if (points < 2) { message[item.scope] = TEXT[lang].ps_codes.empty_signature; draw(); return; }
    if (busy) return;
    busy = true; message[item.scope] = t("ps_signing"); draw();
    post("/signatures", { scope: item.scope, summary_sha256: item.summary_sha256, strokes: drawn }).then(function (answer) {
      busy = false;
      if (answer.ok) { delete strokes[item.scope]; message[item.scope] = ""; reload(); return; }
      message[item.scope] = refusal(answer.status, answer.body);
      if (answer.body && answer.body.error === "already_signed") notice = message[item.scope];
      if (answer.body && (answer.body.error === "summary_changed" || answer.body.error === "already_signed")) reload();
      draw();
    }).catch(function () { busy = false; message[item.scope] = TEXT[lang].ps_codes.offline; draw(); });
  }

  // -- drawing ----------------------------------------------------------------------------------

  function draw() {
    var box = document.getElementById("presence");
    if (!box || !state || !setup) return;
    drawnLang = lang;
    box.textContent = "";
    if (notice) box.appendChild(el("p", "ps-notice", notice));
    if (setup.state.phase !== "closed") box.appendChild(checkInPart());
    state.to_sign.forEach(function (item) { box.appendChild(signPart(item)); });
    state.signed.forEach(function (done) {
      var text = done.scope === 0 ? t("ps_signed", { time: clock(done.at) })
        : t("ps_signed_one", { name: done.presenter, time: clock(done.at) });
      var line = el("p", "ps-signed", text);
      if (done.precedes_correction) line.appendChild(el("span", "ps-precedes", " " + t("ps_precedes")));
      box.appendChild(line);
    });
    box.hidden = !box.firstChild;
  }

  function checkInPart() {
    var part = el("section", "ps-checkin");
    if (state.checked_in_at) {
      part.classList.add("done");
      part.appendChild(el("p", "ps-checked", t("ps_checked_in", { time: clock(state.checked_in_at) })));
      return part;
    }
    part.appendChild(el("h2", "", t("ps_checkin_title")));
    part.appendChild(el("p", "ps-name", setup.reviewer.name));
    var button = el("button", "ps-button ps-checkin-button", t("ps_checkin"));
    button.type = "button";
    button.disabled = busy;
    button.addEventListener("click", checkIn);
    part.appendChild(button);
    part.appendChild(el("p", "ps-message", message.checkin || t("ps_checkin_note")));
    return part;
  }

  function signPart(item) {
    var part = el("section", "ps-card ps-sign");
    part.setAttribute("data-scope", item.scope);
    part.appendChild(el("h2", "", item.scope === 0 ? t("ps_sign_title") : t("ps_sign_title_one", { name: item.presenter })));
    part.appendChild(el("p", "sub", t("ps_sign_note")));
    var list = el("ul", "ps-summary");
    if (!item.ballots.length) list.appendChild(el("li", "", t("ps_none")));
    item.ballots.forEach(function (b) {
      var li = el("li", "");
      var head = el("div", "ps-head");
      head.appendChild(el("span", "ps-presenter", b.presenter));
      head.appendChild(el("span", "ps-total", b.total));
      li.appendChild(head);
      li.appendChild(el("div", "ps-marks", b.marks.map(function (m) { return m[0] + " " + m[1]; }).join(" · ")));
      li.appendChild(el("div", "ps-receipt", t("ps_receipt") + " " + b.receipt));
      list.appendChild(li);
    });
    part.appendChild(list);
    var canvas = el("canvas", "ps-canvas");
    canvas.setAttribute("aria-label", t("ps_sign_here"));
    part.appendChild(canvas);
    var row = el("div", "ps-buttons");
    var clear = el("button", "ps-clear", t("ps_clear"));
    clear.type = "button";
    clear.addEventListener("click", function () { strokes[item.scope] = []; message[item.scope] = ""; paint(canvas, item.scope); });
    var confirm = el("button", "ps-button ps-confirm", t("ps_confirm"));
    confirm.type = "button";
    confirm.disabled = busy;
    confirm.addEventListener("click", function () { sendSignature(item); });
    row.appendChild(clear);
    row.appendChild(confirm);
    part.appendChild(row);
    part.appendChild(el("p", "ps-message", message[item.scope] || ""));
    setTimeout(function () { pad(canvas, item.scope); }, 0); // sized once it is laid out
    return part;
  }

  // -- the signing pad (pointer events: a finger, a pen or a mouse) ------------------------------

  function pad(canvas, scope) {
    var drawing = null;
    function point(ev) {
      var rect = canvas.getBoundingClientRect();
      var x = Math.round((ev.clientX - rect.left) / rect.width * BOX_W);
      var y = Math.round((ev.clientY - rect.top) / rect.height * BOX_H);
      return [Math.min(BOX_W, Math.max(0, x)), Math.min(BOX_H, Math.max(0, y))];
    }
    canvas.addEventListener("pointerdown", function (ev) {
      ev.preventDefault();
      if (canvas.setPointerCapture) { try { canvas.setPointerCapture(ev.pointerId); } catch (e) { /* fine */ } }
      drawing = [point(ev)];
      (strokes[scope] = strokes[scope] || []).push(drawing);
      if (message[scope] && !busy) {
        message[scope] = "";
        var shown = canvas.parentNode && canvas.parentNode.querySelector(".ps-message");
        if (shown) shown.textContent = "";
      }
      paint(canvas, scope);
    });
    canvas.addEventListener("pointermove", function (ev) {
      if (!drawing) return;
      ev.preventDefault();
      var p = point(ev), last = drawing[drawing.length - 1];
      if (p[0] !== last[0] || p[1] !== last[1]) { drawing.push(p); paint(canvas, scope); }
    });
    function stop() { drawing = null; }
    canvas.addEventListener("pointerup", stop);
    canvas.addEventListener("pointercancel", stop);
    paint(canvas, scope);
  }

  function paint(canvas, scope) {
    var ratio = window.devicePixelRatio || 1;
    var width = canvas.clientWidth, height = canvas.clientHeight;
    if (canvas.width !== Math.round(width * ratio)) { canvas.width = Math.round(width * ratio); canvas.height = Math.round(height * ratio); }
    var g = canvas.getContext("2d");
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    g.clearRect(0, 0, width, height);
    var drawn = strokes[scope] || [];
    if (!drawn.length) {
      g.fillStyle = "#9a95a0"; g.font = "16px sans-serif"; g.textAlign = "center";
      g.fillText(t("ps_sign_here"), width / 2, height / 2 + 6);
    }
    g.strokeStyle = "#1c1b1f"; g.lineWidth = 2.5; g.lineCap = "round"; g.lineJoin = "round";
    drawn.forEach(function (stroke) {
      g.beginPath();
      stroke.forEach(function (p, i) {
        var x = p[0] / BOX_W * width, y = p[1] / BOX_H * height;
        if (i === 0) g.moveTo(x, y); else g.lineTo(x, y);
      });
      if (stroke.length === 1) g.lineTo(stroke[0][0] / BOX_W * width + 0.1, stroke[0][1] / BOX_H * height);
      g.stroke();
    });
  }

  window.ARENA_PRESENCE = {
    render: function (personal, language, apiBase) {
      setup = personal; lang = language; api = apiBase;
      var s = personal.state;
      var key = [s.version, s.phase, s.setup].join("|");
      if (key !== stateKey) { stateKey = key; reload(); } else if (language !== drawnLang) draw();
    }
  };
})();
