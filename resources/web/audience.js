/* The audience's phone page (issue 13): join by the room link (or a seat code), then one ballot per
   presenter while its scoring is open. The device token lives in this phone's localStorage; a ballot
   goes to the outbox before it is sent and stays there until the server answers, so a Wi-Fi drop
   loses nothing (the resend carries the same client id, which the server counts once).
   Plain modern JavaScript for messaging apps' built-in browsers; its own zh/en strings. */
(function () {
  "use strict";

  var TEXT = {
    zh: {
      lang: "EN", who: "大众评审", joinTitle: "加入大众评审", joinHint: "点击加入后即可为正在评分的汇报对象打分。",
      seatHint: "请输入座位卡上的座位码。", seatLabel: "座位码", join: "加入", joining: "正在加入…",
      waiting: "请稍候：评分尚未开始。", closedAll: "评分已结束，谢谢参与！", offline: "网络中断：投票已保存在本机，恢复后自动重发。",
      rate: "请打分（1–10 分）", submit: "提交", vote: "投票", voted: "已投票", receipt: "回执",
      sending: "正在发送…", votesUsed: "您的票已用完，谢谢参与！",
      errors: {
        joining_closed: "主持人已关闭加入。", audience_full: "大众评审人数已满。", seat_unknown: "座位码不存在，请核对座位卡。",
        seat_used: "此座位码已在另一部手机上使用，不能重复使用。", seat_required: "请输入座位卡上的座位码。",
        too_many_joins: "加入过于频繁，请稍后再试。", already_voted: "您已为该汇报对象投过票，每人只能投一次。",
        votes_used: "您的票已用完。", closed: "该汇报对象的评分已关闭。", out_of_range: "分数超出范围。",
        not_found: "链接无效，请重新扫描会场二维码。", too_many: "尝试过多，请稍后再试。", busy: "系统繁忙，请稍后重试。",
        pick: "请先选择分数。", off_step: "分数不符合步长。", not_a_number: "请输入数字。", missing_criterion: "请填写每一项。", other: "提交失败。"
      }
    },
    en: {
      lang: "中文", who: "Audience", joinTitle: "Join the audience vote", joinHint: "Join, then score each presenter while scoring is open.",
      seatHint: "Type the seat code printed on your seat card.", seatLabel: "Seat code", join: "Join", joining: "Joining…",
      waiting: "Please wait: scoring has not opened yet.", closedAll: "Scoring is over. Thank you!",
      offline: "No connection: your vote is kept on this phone and resent when the network is back.",
      rate: "Your rating (1–10)", submit: "Submit", vote: "Vote", voted: "Voted", receipt: "Receipt",
      sending: "Sending…", votesUsed: "You have used your votes. Thank you!",
      errors: {
        joining_closed: "The host has closed joining.", audience_full: "The audience is full.",
        seat_unknown: "No such seat code: check your seat card.",
        seat_used: "This seat code is already in use on another phone; it cannot be used twice.",
        seat_required: "Type the seat code printed on your seat card.", too_many_joins: "Too many joins; try again shortly.",
        already_voted: "You have already voted for this presenter: one vote each.", votes_used: "You have used your votes.",
        closed: "Scoring for this presenter is closed.", out_of_range: "That mark is out of range.",
        not_found: "This link is not valid: scan the room's QR code again.", too_many: "Too many tries; wait a moment.",
        busy: "The system is busy; try again.", pick: "Pick a rating first.", off_step: "That mark is not on the allowed step.",
        not_a_number: "Type a number.", missing_criterion: "Fill in every item.", other: "Could not submit."
      }
    }
  };

  var room = (location.pathname.split("/")[2] || "");
  var TOKEN_KEY = "arena-audience:" + room;
  var OUTBOX_KEY = "arena-audience-outbox:" + room;
  var lang = (localStorage.getItem("arena-lang") || (navigator.language || "zh")).slice(0, 2) === "en" ? "en" : "zh";
  var data = null;
  var picked = {};   // presenter id -> {criterion id: mark}
  var errors = {};   // presenter id -> error code
  var roomInfo = null;
  var pollTimer = null;
  var lastSeen = "";

  function t(key) { return TEXT[lang][key]; }
  function errorText(code) { return TEXT[lang].errors[code] || TEXT[lang].errors.other; }
  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function token() { return localStorage.getItem(TOKEN_KEY); }
  function outbox() {
    try { return JSON.parse(localStorage.getItem(OUTBOX_KEY) || "[]"); } catch (e) { return []; }
  }
  function saveOutbox(items) { localStorage.setItem(OUTBOX_KEY, JSON.stringify(items)); }
  function clientId() {
    var bytes = new Uint8Array(12);
    crypto.getRandomValues(bytes);
    var s = "aud-";
    for (var i = 0; i < bytes.length; i++) s += ("0" + bytes[i].toString(16)).slice(-2);
    return s;
  }

  function request(method, url, body) {
    var options = { method: method, headers: {}, cache: "no-store", credentials: "omit", referrerPolicy: "no-referrer" };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    return fetch(url, options).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        return { status: response.status, ok: response.ok, json: json };
      });
    });
  }

  function setOffline(on) {
    var banner = $("offline");
    banner.hidden = !on;
    banner.textContent = t("offline");
  }

  function status(text, cls) {
    var box = $("status");
    box.className = "status " + (cls || "");
    box.textContent = "";
    if (text) box.appendChild(el("p", "big", text));
    box.hidden = !text;
  }

  // -- joining -------------------------------------------------------------------------------------

  function seatFromLink() {
    var match = /[?&]seat=([^&#]+)/.exec(location.search);
    return match ? decodeURIComponent(match[1]) : "";
  }

  function showJoin(errorCode) {
    $("join").hidden = false;
    $("join-title").textContent = t("joinTitle");
    var seats = roomInfo && roomInfo.join_mode === "seats";
    $("join-hint").textContent = seats ? t("seatHint") : t("joinHint");
    $("seat-field").hidden = !seats;
    $("seat-label").textContent = t("seatLabel");
    $("join-button").textContent = t("join");
    $("join-button").disabled = false;
    var error = $("join-error");
    error.hidden = !errorCode;
    error.textContent = errorCode ? errorText(errorCode) : "";
    error.setAttribute("data-code", errorCode || "");
  }

  function join() {
    var body = {};
    if (roomInfo && roomInfo.join_mode === "seats") body.seat = $("seat").value;
    $("join-button").disabled = true;
    $("join-button").textContent = t("joining");
    request("POST", "/api/a/" + room + "/join", body).then(function (answer) {
      if (answer.ok && answer.json.token) {
        localStorage.setItem(TOKEN_KEY, answer.json.token);
        $("join").hidden = true;
        loadPhone();
      } else {
        showJoin(answer.json.error || "other");
      }
    }, function () { setOffline(true); showJoin(null); });
  }

  function loadRoom() {
    request("GET", "/api/a/" + room).then(function (answer) {
      if (!answer.ok) { status(errorText(answer.json.error || "not_found"), "failed"); return; }
      roomInfo = answer.json;
      $("contest-title").textContent = roomInfo.title;
      var seat = seatFromLink();
      if (seat) $("seat").value = seat;
      if (roomInfo.join_mode === "open" || seat) { showJoin(null); join(); } else { showJoin(null); }
    }, function () { setOffline(true); setTimeout(loadRoom, 3000); });
  }

  // -- voting ---------------------------------------------------------------------------------------

  function loadPhone() {
    request("GET", "/api/d/" + token()).then(function (answer) {
      if (answer.status === 404) { localStorage.removeItem(TOKEN_KEY); loadRoom(); return; }
      if (!answer.ok) { schedule(); return; }
      setOffline(false);
      var fresh = JSON.stringify(answer.json);
      data = answer.json;
      if (fresh !== lastSeen) render();  // unchanged: leave the page (and a half-typed mark) alone
      lastSeen = fresh;
      flush();
      schedule();
    }, function () { setOffline(true); schedule(); });
  }

  function schedule() {
    clearTimeout(pollTimer);
    pollTimer = setTimeout(loadPhone, 3000);
  }

  function pendingFor(pid) {
    return outbox().some(function (item) { return String(item.presenter_id) === String(pid); });
  }

  function render() {
    $("contest-title").textContent = data.contest.title;
    $("who").textContent = t("who");
    var list = $("ballots");
    list.textContent = "";
    var state = data.state || {};
    var open = data.presenters.filter(function (p) { return (state.scoring || {})[String(p.id)] === "open"; });
    var used = Object.keys(data.ballots).length + outbox().length;
    var votesLeft = data.audience.ballot !== "vote" || used < data.audience.votes;
    if (state.phase === "closed") status(t("closedAll"), "closed");
    else if (!open.length) status(t("waiting"), "waiting");
    else status("", "");
    open.forEach(function (p) { list.appendChild(card(p, votesLeft)); });
  }

  function card(p, votesLeft) {
    var box = el("section", "card");
    box.setAttribute("data-presenter", String(p.id));
    box.appendChild(el("h2", "", p.name));
    if (p.unit || p.speaker) box.appendChild(el("p", "sub", [p.unit, p.speaker].filter(Boolean).join(" · ")));
    var ballot = data.ballots[String(p.id)];
    if (ballot) {
      var done = el("p", "voted", t("voted") + " ✓ " + t("receipt") + " " + ballot.receipt);
      done.setAttribute("data-state", "voted");
      box.appendChild(done);
      return box;
    }
    if (pendingFor(p.id)) {
      box.appendChild(el("p", "result sending", t("sending")));
      return box;
    }
    if (!votesLeft) {
      box.appendChild(el("p", "result pending", t("votesUsed")));
      return box;
    }
    var form = data.audience.form;
    var marks = picked[p.id] = picked[p.id] || {};
    if (data.audience.ballot === "vote") {
      var vote = el("button", "submit", t("vote"));
      vote.type = "button";
      vote.addEventListener("click", function () { marks[String(form[0].id)] = "1"; send(p.id, marks); });
      box.appendChild(vote);
    } else if (data.audience.ballot === "rating") {
      box.appendChild(el("p", "crit-name", t("rate")));
      var grid = el("div", "ratings");
      for (var r = 1; r <= 10; r++) {
        (function (value) {
          var b = el("button", "rate", String(value));
          b.type = "button";
          b.setAttribute("aria-pressed", marks[String(form[0].id)] === String(value) ? "true" : "false");
          b.addEventListener("click", function () { marks[String(form[0].id)] = String(value); render(); });
          grid.appendChild(b);
        })(r);
      }
      box.appendChild(grid);
      box.appendChild(submitButton(p, marks, form));
    } else {
      form.forEach(function (c) {
        var field = el("div", "field");
        var label = el("label");
        label.appendChild(el("span", "crit-name", c.name));
        label.appendChild(el("span", "crit-max", "0–" + c.max));
        field.appendChild(label);
        var input = el("input", "mark");
        input.inputMode = "decimal";
        input.value = marks[String(c.id)] || "";
        input.addEventListener("input", function () { marks[String(c.id)] = input.value.trim(); });
        field.appendChild(input);
        box.appendChild(field);
      });
      box.appendChild(submitButton(p, marks, form));
    }
    if (errors[p.id]) {
      var error = el("p", "result failed", errorText(errors[p.id]));
      error.setAttribute("role", "alert");
      error.setAttribute("data-code", errors[p.id]);
      box.appendChild(error);
    }
    return box;
  }

  function submitButton(p, marks, form) {
    var button = el("button", "submit", t("submit"));
    button.type = "button";
    button.addEventListener("click", function () {
      var complete = form.every(function (c) { return marks[String(c.id)]; });
      if (!complete) { errors[p.id] = data.audience.ballot === "rating" ? "pick" : "missing_criterion"; render(); return; }
      send(p.id, marks);
    });
    return button;
  }

  function send(pid, marks) {
    var items = outbox();
    items.push({ client_id: clientId(), presenter_id: pid, marks: marks });
    saveOutbox(items);  // kept before sending: a drop on the way loses nothing
    delete errors[pid];
    render();
    flush();
  }

  var flushing = false;
  function flush() {
    var items = outbox();
    if (flushing || !items.length || !token()) return;
    flushing = true;
    var item = items[0];
    request("POST", "/api/d/" + token() + "/ballots", item).then(function (answer) {
      flushing = false;
      if (answer.status === 429 || answer.status === 503) { setTimeout(flush, 3000); return; }
      saveOutbox(outbox().filter(function (x) { return x.client_id !== item.client_id; }));
      if (answer.ok) {
        data.ballots[String(item.presenter_id)] = { marks: answer.json.marks, receipt: answer.json.receipt };
      } else {
        errors[item.presenter_id] = answer.json.error || "other";
      }
      setOffline(false);
      render();
      flush();
    }, function () {
      flushing = false;
      setOffline(true);
      setTimeout(flush, 3000);
    });
  }

  $("lang").addEventListener("click", function () {
    lang = lang === "zh" ? "en" : "zh";
    localStorage.setItem("arena-lang", lang);
    $("lang").textContent = t("lang");
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
    if (data) render(); else if (roomInfo) showJoin($("join-error").getAttribute("data-code") || null);
  });
  $("join-button").addEventListener("click", join);
  window.addEventListener("online", flush);
  $("lang").textContent = t("lang");
  if (token()) loadPhone(); else loadRoom();
})();
