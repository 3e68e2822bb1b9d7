/* Arena's read-only screen: shows the scene the host has put on the projector, live.
   Reads /api/screen/<token> once, then follows /api/screen/<token>/events (server-sent events) and
   reconnects on its own. The countdown ticks here, from "remaining seconds at a server time". */
(function () {
  "use strict";

  var TEXT = window.ARENA_SCREEN_TEXT;
  var languages = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""];
  var LANG = String(languages[0]).toLowerCase().indexOf("zh") === 0 ? "zh" : "en";
  var T = TEXT[LANG];
  document.documentElement.lang = LANG === "zh" ? "zh-CN" : "en";

  var TOKEN = location.pathname.split("/").pop();
  var API = "/api/screen/" + encodeURIComponent(TOKEN);
  var LAST_MINUTE_S = 60;
  var MIN_FONT_VH = 1.6;
  var ONE_LINE_SHRINK = 0.6;
  var ONE_COLUMN_MAX = 12;

  var view = null;          // the latest scene data from the server
  var clockOffset = 0;      // this computer's clock minus the server's, in ms
  var revealedBefore = -1;

  function $(id) { return document.getElementById(id); }
  function fmt(text) {
    var args = arguments;
    return text.replace(/\{(\d)\}/g, function (_, i) { return String(args[Number(i)]); });
  }
  function rankText(row) {
    if (row.rank === null || row.rank === undefined) return "—";
    return fmt(row.shared ? T.tiedN : T.rankN, row.rank);
  }
  function joinParts(parts) { return parts.filter(function (p) { return p; }).join("  ·  "); }

  /* -- text that always fits its box --------------------------------------------------- */

  function setText(id, text) {
    var box = typeof id === "string" ? $(id) : id;
    var span = box.firstElementChild;
    if (span.textContent !== text) span.textContent = text;
    fit(box);
  }

  function fit(box) {
    var span = box.firstElementChild;
    var target = Number(box.getAttribute("data-vh"));
    span.style.whiteSpace = "nowrap";
    span.style.fontSize = target + "vh";
    if (!span.textContent || !box.offsetParent) return;
    // As on the Qt projector: one line while a modest shrink is enough, then wrap and shrink further.
    // Never cut off, never an ellipsis.
    shrink(box, span, target, target * ONE_LINE_SHRINK);
    if (!overflows(box, span)) return;
    span.style.whiteSpace = "";
    shrink(box, span, target, MIN_FONT_VH);
  }

  function overflows(box, span) {
    return span.offsetHeight > box.clientHeight || span.scrollWidth > box.clientWidth;
  }

  function shrink(box, span, size, floor) {
    span.style.fontSize = size + "vh";
    while (size > floor && overflows(box, span)) {
      size = Math.max(floor, size * 0.93);
      span.style.fontSize = size.toFixed(2) + "vh";
    }
  }

  function box(className, vh, text) {
    var div = document.createElement("div");
    div.className = "box fit " + className;
    div.setAttribute("data-vh", String(vh));
    div.appendChild(document.createElement("span"));
    div.firstElementChild.textContent = text;
    return div;
  }

  /* -- the scenes ------------------------------------------------------------------------ */

  function welcome(v) {
    var scene = $("welcome");
    var lines = checkinLines(v.checkins || []);
    // Before any text is fitted: the boxes move up for the check-ins and narrow for the room code.
    scene.classList.toggle("with-checkins", !!lines);
    roomCode("w-room", scene, v.room);
    setText("w-title", v.title);
    setText("w-when", joinParts([v.date, v.venue]));
    setText("w-organizer", v.organizer ? fmt(T.organizer, v.organizer) : "");
    setText("w-checkins", lines);
    setText("w-join-heading", T.joinHeading);
    setText("w-join", T.join);
  }

  /* Issue 17: "区级领导 7/8 已签到" per group, the names only when the host chose to show them. */
  function checkinLines(counts) {
    var named = false;
    var parts = counts.map(function (c) {
      var line = fmt(T.checkedIn, c.group, c.checked_in, c.reviewers);
      if (c.names) named = true;
      return c.names && c.names.length ? fmt(T.namesAfter, line, c.names.join(T.nameSep)) : line;
    });
    return parts.join(named ? "\n" : "    ");
  }

  /* Issue 13: the audience's room code while it may join (the server draws it; the link is its own). */
  function roomCode(id, scene, shown) {
    var holder = $(id);
    scene.classList.toggle("with-room", !!shown);
    holder.hidden = !shown;
    var img = holder.querySelector("img");
    if (!shown) {
      img.removeAttribute("src");
      return;
    }
    var src = API + "/room.svg";
    if (img.getAttribute("src") !== src) img.setAttribute("src", src);
    setText(holder.querySelector(".room-caption"), T.roomCaption);
  }

  function presenting(v) {
    setText("p-contest", v.title);
    if (v.presenter) {
      setText("p-heading", fmt(T.nowPresenting, v.position[0], v.position[1]));
      setText("p-name", v.presenter.name);
      setText("p-speaker", joinParts([v.presenter.speaker, v.presenter.unit]));
    } else {
      setText("p-heading", T.upNext);
      setText("p-name", "");
      setText("p-speaker", "");
    }
    setText("p-next", v.next ? fmt(T.next, v.next) : "");
    tick();
  }

  function remaining() {
    var timer = view.timer;
    if (!timer.running) return timer.remaining_s;
    var serverNow = Date.now() - clockOffset;
    return timer.remaining_s - (serverNow - timer.at_ms) / 1000;
  }

  function clockText(seconds) {
    var sign = "", whole;
    if (seconds > 0) { whole = Math.ceil(seconds - 1e-9); }
    else { whole = Math.floor(-seconds + 1e-9); sign = whole > 0 ? "+" : ""; }
    var m = Math.floor(whole / 60), s = whole % 60;
    return sign + (m < 10 ? "0" : "") + m + ":" + (s < 10 ? "0" : "") + s;
  }

  /* Issue 17: the phase at this moment (as arena.phases.phase_at): the timer's phases carry any
     extension in the last one, so the time left in all of them says how far the clock is. */
  function phaseNow(timer, left) {
    var phases = timer.phases || [];
    if (!phases.length) return { index: 0, name: "", remaining: left, count: 1 };
    var total = 0, start = 0, i;
    for (i = 0; i < phases.length; i++) total += phases[i].seconds;
    var elapsed = total - left;
    for (i = 0; i < phases.length; i++) {
      var end = start + phases[i].seconds;
      if (i === phases.length - 1 || elapsed < end) {
        return { index: i, name: phases[i].name, remaining: end - elapsed, count: phases.length };
      }
      start = end;
    }
  }

  function phaseTitle(now) {
    if (!now.name) return "";
    return now.count > 1 ? now.name + "  " + (now.index + 1) + " / " + now.count : now.name;
  }

  var phaseSeen = null;  // {who, ends}: a phase end seen between two ticks flashes the scene once

  function tick() {
    if (!view || view.scene !== "presenting") return;
    var now = phaseNow(view.timer, remaining());
    var last = now.index === now.count - 1;
    var left = now.remaining;
    var clock = $("p-clock");
    var text = clockText(left);
    if (clock.firstElementChild.textContent !== text) setText(clock, text);
    var title = phaseTitle(now);
    if ($("p-phase").firstElementChild.textContent !== title) setText("p-phase", title);
    var colour = left <= 0 ? (left < 0 && last ? " overtime" : " last-minute") : left <= LAST_MINUTE_S ? " last-minute" : "";
    clock.className = "box fit clock" + colour;
    var who = view.position ? view.position.join("/") : "";
    var ends = now.index + (last && left <= 0 ? 1 : 0);
    if (now.name && phaseSeen && phaseSeen.who === who && ends > phaseSeen.ends) pulse($("p-flash"));
    phaseSeen = { who: who, ends: ends };
  }

  function scoring(v) {
    setText("s-heading", T.scoring);
    setText("s-contest", v.title);
    if (v.presenter) {
      setText("s-name", v.presenter.name);
      setText("s-speaker", joinParts([v.presenter.speaker, v.presenter.unit]));
    } else {
      setText("s-name", v.open_count ? T.allPresenters : "");
      setText("s-speaker", v.open_count ? fmt(T.openCount, v.open_count) : "");
    }
    roomCode("s-room", $("scoring"), v.room);
    setText("s-count", v.done + " / " + v.total);
    setText("s-caption", v.presenter || v.open_count <= 1 ? T.reviewersScored : T.ballotsIn);
    var share = v.total ? Math.min(1, v.done / v.total) : 0;
    var fill = $("s-fill");
    fill.style.width = (share * 100).toFixed(2) + "%";
    fill.className = "bar-fill" + (share >= 1 ? " full" : share === 0 ? " empty" : "");
    setText("s-status", T[v.status] || "");
    $("s-status").className = "box fit status" + (v.status === "all_in" ? " full" : "");
  }

  function results(v) {
    setText("r-heading", T.results);
    setText("r-provisional", v.provisional ? T.provisional : "");
    var shown = v.revealed;
    var scene = $("results");
    scene.classList.toggle("alone", shown.length <= 1);
    // Before any text is fitted: the spotlight is narrower while the explanation stands beside it.
    scene.classList.toggle("explaining", !!v.explanation);
    if (shown.length) {
      var top = shown[shown.length - 1];
      setText("r-rank", rankText(top));
      setText("r-name", top.name);
      setText("r-speaker", joinParts([top.speaker, top.unit]));
      setText("r-score", top.score || "");
    } else {
      setText("r-rank", "");
      setText("r-name", T.announce);
      setText("r-speaker", fmt(T.rankedCount, v.count));
      setText("r-score", "");
    }
    var fresh = revealedBefore >= 0 && shown.length > revealedBefore;
    if (fresh) restartFade($("r-spotlight"));
    explanation(v.explanation, shown.length <= 1 ? 1.25 : 1, fresh);
    revealedBefore = shown.length;
    earlier(shown.slice(0, -1).reverse().slice(0, 8));
  }

  function pulse(element) {
    element.classList.remove("flashing");
    void element.offsetWidth;
    element.classList.add("flashing");
  }

  function restartFade(element) {
    element.classList.remove("reveal");
    void element.offsetWidth; // restart the fade for the newly revealed presenter
    element.classList.add("reveal");
  }

  /* The spotlight's score explained (only sent for a revealed presenter, while the host shows it):
     group scores and weights, the totals dropped by trimming (reviewers anonymous), who scored. */
  function explanation(facts, scale, fresh) {
    var holder = $("r-explain");
    var before = holder.textContent;
    holder.textContent = "";
    holder.hidden = !facts;
    if (!facts) return;
    facts.groups.forEach(function (g) {
      addLine(holder, "", fmt(T.groupWeight, g.group, g.weight), g.score || "—");
    });
    (facts.objective || []).forEach(function (o) {  // issue 13: the objective items (实绩)
      addLine(holder, "", fmt(T.objectiveWeight, o.item, o.weight), o.score || "—");
    });
    var drops = facts.dropped.map(function (d) {
      return [fmt(T.slotOf, d.group, d.slot), fmt(T.droppedTotal, d.total, d.reason === "highest" ? T.highest : T.lowest)];
    });
    var notes = facts.dropped_marks.map(function (m) { return fmt(T.marksDropped, m.group, m.count); })
      .concat((facts.panel_notes || []).map(panelNote));
    if (drops.length || notes.length) addLine(holder, "x-muted x-heading", T.dropped);
    drops.forEach(function (d) { addLine(holder, "x-indent x-drop", d[0], d[1]); });
    notes.forEach(function (n) { addLine(holder, "x-indent", n); });
    addLine(holder, "x-muted x-heading", fmt(T.scoredOf, facts.ballots, facts.eligible));
    fitBlock(holder, 3.2 * scale);
    if (fresh || !before) restartFade(holder);
  }

  /* A group too small to trim, or trimmed down to fewer than 3 kept (issue 15). */
  function panelNote(note) {
    var marks = note.unit === "marks";
    if (note.code === "not_trimmed") {
      return fmt(marks ? T.notTrimmedMarks : T.notTrimmed, note.group, note.n, note.minimum);
    }
    return fmt(marks ? T.fewKeptMarks : T.fewKept, note.group, note.n, note.kept);
  }

  function addLine(holder, className, label, value) {
    var line = document.createElement("div");
    line.className = "x-line " + className;
    var text = document.createElement("span");
    text.textContent = label;
    line.appendChild(text);
    if (value !== undefined) {
      var number = document.createElement("span");
      number.className = "x-value";
      number.textContent = value;
      line.appendChild(number);
    }
    holder.appendChild(line);
  }

  function fitBlock(holder, size) {
    // Like a text box: shrink the whole block together until every line is inside, never cut off.
    holder.style.fontSize = size + "vh";
    while (size > MIN_FONT_VH && (holder.scrollHeight > holder.clientHeight + 1 || holder.scrollWidth > holder.clientWidth + 1)) {
      size = Math.max(MIN_FONT_VH, size * 0.93);
      holder.style.fontSize = size.toFixed(2) + "vh";
    }
  }

  function earlier(rows) {
    var holder = $("r-earlier");
    holder.textContent = "";
    var height = Math.min(6.5, 37 / Math.max(1, rows.length));
    rows.forEach(function (row, i) {
      var line = document.createElement("div");
      line.className = "row";
      line.style.top = (60 + i * height) + "vh";
      line.style.height = height + "vh";
      var font = height * 0.62;
      line.appendChild(box("cell-rank", font, rankText(row)));
      line.appendChild(box("cell-name", font, row.name));
      line.appendChild(box("cell-score", font, row.score || ""));
      holder.appendChild(line);
    });
    fitAll(holder);
  }

  var nounOfContest = "";  // the setup's word for what is presented (产业链, 项目…), else the default

  function ranking(v) {
    nounOfContest = v.presenter_noun || "";
    setText("k-heading", T.finalRanking);
    setText("k-provisional", v.provisional ? T.provisional : "");
    var table = $("k-table");
    table.textContent = "";
    var rows = v.rows;
    var columns = rows.length <= ONE_COLUMN_MAX ? 1 : 2;
    var perColumn = Math.max(1, Math.ceil(rows.length / columns));
    var height = Math.min(11, 84 / (perColumn + 1));
    var width = (92 - 4 * (columns - 1)) / columns;
    // Shares of a column (percent); "并列第2" needs its room beside the name.
    var parts = columns === 1 ? { rank: 18, name: [20, 57], bar: [58, 84] } : { rank: 18, name: [20, 63], bar: [64, 83] };
    for (var c = 0; c < columns; c++) {
      addRankRow(table, c, 0, height, width, parts, null);
    }
    rows.forEach(function (row, i) {
      addRankRow(table, Math.floor(i / perColumn), i % perColumn + 1, height, width, parts, row);
    });
    fitAll(table);
  }

  function addRankRow(table, column, line, height, width, parts, row) {
    var div = document.createElement("div");
    div.className = "row" + (row ? "" : " header");
    div.style.left = (4 + column * (width + 4)) + "vw";
    div.style.width = width + "vw";
    div.style.top = (13 + line * height) + "vh";
    div.style.height = height + "vh";
    var font = height * 0.5 * (row ? 1 : 0.75);
    var name = box("cell-name", font, row ? row.name : (nounOfContest || T.presenter));
    name.style.left = parts.name[0] + "%";
    name.style.width = (parts.name[1] - parts.name[0]) + "%";
    var rank = box("cell-rank", font, row ? rankText(row) : T.rank);
    rank.style.width = parts.rank + "%";
    div.appendChild(rank);
    div.appendChild(name);
    div.appendChild(box("cell-score", font, row ? row.score || "—" : T.score));
    if (row) {
      var bar = document.createElement("div");
      bar.className = "rank-bar" + (row.rank === 1 ? " first" : "");
      bar.style.left = parts.bar[0] + "%";
      bar.style.width = (parts.bar[1] - parts.bar[0]) + "%";
      var fill = document.createElement("div");
      var score = row.score === null ? 0 : Math.max(0, Math.min(100, Number(row.score)));
      fill.style.width = score + "%";
      if (row.score !== null) bar.appendChild(fill);
      div.appendChild(bar);
    }
    table.appendChild(div);
  }

  function fitAll(root) {
    var boxes = root.querySelectorAll(".fit");
    for (var i = 0; i < boxes.length; i++) fit(boxes[i]);
  }

  /* -- 亮分: one presenter's score, strike by strike (the server sends each step when it is due) -- */

  var ROWS_TOP = 26, ROWS_BOTTOM = 66, MAX_ROW = 12.5, MAX_NOTES = 4, MAX_RANKING = 8;

  function place(element, left, top, width, height) {
    element.style.left = left + "vw";
    element.style.top = top + "vh";
    element.style.width = width + "vw";
    element.style.height = height + "vh";
    return element;
  }

  function announce(v) {
    var a = v.announce;
    setText("a-heading", T.announcing);
    setText("a-contest", v.title);
    var board = $("a-board");
    board.textContent = "";
    if (!a) {
      setText("a-name", T.nothingToAnnounce);
      setText("a-speaker", "");
      return;
    }
    setText("a-name", a.presenter.name);
    setText("a-speaker", joinParts([a.presenter.speaker, a.presenter.unit]));
    var ranking = a.ranking || [];
    var notes = ranking.length ? [] : announceNotes(a);
    if (ranking.length) rankingSoFar(board, ranking, a.presenter.name);
    else slotRows(board, a);
    var top = ROWS_BOTTOM + 0.5;
    notes.forEach(function (text, i) {
      board.appendChild(place(box("a-note", 2.6, text), 4, top + i * 3.6, 92, 3.6));
    });
    top += 0.5 + 3.6 * notes.length;
    var room = 97 - top;
    var lines = a.sentence ? sentenceLines(a.sentence) : [];
    var line = Math.min(4.2, room * 0.6 / Math.max(1, lines.length));
    lines.forEach(function (text, i) {
      board.appendChild(place(box("a-sentence", line * 0.72, text), 4, top + i * line, 92, line));
    });
    var said = line * lines.length;
    if (a.final) {
      board.appendChild(place(box("a-final", Math.min(9, (room - said) * 0.8), fmt(T.finalBig, a.final)), 4, top + said, 92, room - said));
    }
    fitAll(board);
    sameSize(board.querySelectorAll(".a-sentence"));
  }

  var struckBefore = {};  // the strikes already shown: only a new one is animated

  function slotRows(board, a) {
    var rows = a.rows;
    var struckNow = {};
    if (!rows.length) return;
    var compact = !a.totals_shown;
    var weights = {};
    a.groups.forEach(function (g) { weights[g.group] = g.weight; });
    var height = Math.min(compact ? 8 : MAX_ROW, (ROWS_BOTTOM - ROWS_TOP) / rows.length);
    var columns = 1;
    rows.forEach(function (r) { columns = Math.max(columns, r.cells.length); });
    rows.forEach(function (row, i) {
      var y = ROWS_TOP + i * height;
      var label = row.criterion ? row.group + " · " + row.criterion : fmt(T.groupWeight, row.group, weights[row.group] || "");
      var left, width, top, tall;
      if (compact) {
        board.appendChild(place(box("a-row-name", height * 0.5, label), 4, y, 30, height));
        board.appendChild(place(box("a-row-score", height * 0.55, row.score || ""), 84, y, 12, height));
        left = 35; width = 48; top = y + height * 0.08; tall = height * 0.84;
      } else {
        var head = height * 0.3;
        board.appendChild(place(box("a-row-name", head * 0.8, label), 4, y, 70, head));
        board.appendChild(place(box("a-row-score", head * 0.85, row.score || ""), 76, y, 20, head));
        left = 4; width = 92; top = y + head; tall = height - head;
      }
      var cellWidth = width / Math.max(columns, compact ? 3 : 5);
      row.cells.forEach(function (cell, j) {
        var div = place(document.createElement("div"), left + j * cellWidth, top, cellWidth, tall * 0.94);
        var key = a.presenter.name + "|" + i + "|" + cell.slot;
        var fresh = cell.struck && !struckBefore[key];
        if (cell.struck) struckNow[key] = true;
        div.className = "a-cell" + (compact ? " compact" : "") + (cell.struck ? " struck " + cell.struck : "") +
          (fresh ? " fresh" : "") + (cell.tied ? " tied" : "");
        var caption = box("a-caption", compact ? tall * 0.47 : tall * 0.94 * 0.4 * 0.66, fmt(T.judge, cell.slot));
        var value = box("a-value", compact ? tall * 0.56 : tall * 0.94 * 0.6 * 0.66, cell.value);
        div.appendChild(caption);
        div.appendChild(value);
        board.appendChild(div);
      });
    });
    struckBefore = struckNow;
  }

  function announceNotes(a) {
    var lines = [];
    if (a.per_criterion && a.groups.some(function (g) { return g.score; })) {
      lines.push(fmt(T.groupScores, a.groups.map(function (g) { return g.group + " " + (g.score || "—"); }).join(T.comma)));
    }
    a.rows.forEach(function (row) {
      var where = row.criterion ? row.group + " · " + row.criterion : row.group;
      row.ties.forEach(function (tie) {
        lines.push(fmt(tie.end === "highest" ? T.tieHigh : T.tieLow, where, tie.count, tie.value, tie.dropped));
      });
    });
    if (lines.length > MAX_NOTES) {
      lines = lines.slice(0, MAX_NOTES - 1).concat([fmt(T.more, lines.length - MAX_NOTES + 1)]);
    }
    return lines;
  }

  function dropped(values, end) {
    var joined = values.join(T.comma);
    if (values.length === 1) return fmt(end === "highest" ? T.dropHigh : T.dropLow, joined);
    return fmt(end === "highest" ? T.dropHighN : T.dropLowN, values.length, joined);
  }

  /* What the host reads aloud: 去掉一个最高分 95.00 分，去掉一个最低分 79.50 分，最后得分 87.97 分. */
  function sentenceLines(s) {
    if (s.mode === "criteria") {
      return [[T.criteriaDropped, fmt(s.weighted ? T.weightedFinal : T.finalScore, s.final)].join(T.comma)];
    }
    var lines = [];
    s.groups.forEach(function (g) {
      var bits = [];
      if (s.mode === "totals" && !g.trimmed) bits.push(T.tooFewToDrop);
      if (g.highest.length) bits.push(dropped(g.highest, "highest"));
      if (g.lowest.length) bits.push(dropped(g.lowest, "lowest"));
      if (s.weighted) {
        bits.push(fmt(T.groupScore, g.score));
        lines.push(fmt(T.colon, g.group, bits.join(T.comma)));
      } else {
        lines.push(bits.concat([fmt(T.finalScore, s.final)]).join(T.comma));
      }
    });
    if (s.weighted) lines.push(fmt(T.weightedFinal, s.final));
    return lines;
  }

  function rankingSoFar(board, rows, current) {
    board.appendChild(place(box("a-ranking-heading", 3.2, T.rankingSoFar), 4, ROWS_TOP, 92, 5));
    var mine = 0;
    rows.forEach(function (r, i) { if (r.name === current) mine = i; });
    var start = Math.max(0, Math.min(mine - MAX_RANKING / 2, rows.length - MAX_RANKING));
    var shown = rows.slice(start, start + MAX_RANKING);
    var top = ROWS_TOP + 5.5;
    var height = Math.min(6, (ROWS_BOTTOM - top) / shown.length);
    shown.forEach(function (row, i) {
      var y = top + i * height, font = height * 0.62;
      var cls = row.name === current ? " current" : "";
      board.appendChild(place(box("a-rank" + cls, font, rankText(row)), 4, y, 20, height));
      board.appendChild(place(box("a-rank-name" + cls, font, row.name), 25, y, 55, height));
      board.appendChild(place(box("a-rank-score" + cls, font, row.score || ""), 81, y, 15, height));
    });
  }

  function sameSize(boxes) {
    // One type size for lines read together: the smallest any of them needed.
    var smallest = Infinity, i;
    for (i = 0; i < boxes.length; i++) smallest = Math.min(smallest, parseFloat(boxes[i].firstElementChild.style.fontSize));
    for (i = 0; i < boxes.length; i++) boxes[i].firstElementChild.style.fontSize = smallest + "vh";
  }

  /* -- the draw of the speaking order (抽签, issue 13): commitment, witnesses, then seed and order -- */

  function groupedHex(text) {
    var groups = text.match(/.{1,16}/g) || [];
    var lines = [];
    for (var i = 0; i < groups.length; i += 2) lines.push(groups.slice(i, i + 2).join(" "));
    return lines.join("\n");
  }

  function orderText(names) {
    var items = names.map(function (name, i) { return (i + 1) + ". " + name; });
    var lines = [];
    for (var i = 0; i < items.length; i += 4) lines.push(items.slice(i, i + 4).join("   "));
    return lines.join("\n");
  }

  function draw(v) {
    var d = v.draw;
    setText("d-heading", T.drawHeading);
    if (!d) {
      ["d-commitment-label", "d-commitment", "d-witnesses", "d-seed", "d-order"].forEach(function (id) { setText(id, ""); });
      setText("d-step", T.noDraw);
      return;
    }
    setText("d-step", d.order ? T.drawStep3 : d.witnesses.length ? T.drawStep2 : T.drawStep1);
    setText("d-commitment-label", T.commitment);
    setText("d-commitment", groupedHex(d.commitment));
    setText("d-witnesses", d.witnesses.map(function (w) { return fmt(T.colon, w.name, w.input); }).join("   ·   "));
    setText("d-seed", d.seed ? fmt(T.seed, d.seed) : "");
    setText("d-order", orderText(d.order || []));
  }

  var SCENES = { welcome: welcome, presenting: presenting, scoring: scoring, results: results,
                 ranking: ranking, announce: announce, draw: draw, blank: function () {} };

  function show(next) {
    // The first read and the live feed race at start-up: never step back to an older session state.
    if (view && next.version < view.version) return;
    view = next;
    var scene = SCENES[view.scene] ? view.scene : "welcome";
    var sections = document.querySelectorAll(".scene");
    for (var i = 0; i < sections.length; i++) {
      var section = sections[i];
      section.hidden = section.id !== scene;
    }
    if (scene !== "results") revealedBefore = -1;
    if (scene !== "presenting") phaseSeen = null;  // back on stage later: no flash for time gone by
    document.body.setAttribute("data-scene", scene);
    document.body.setAttribute("data-closed", view.closed ? "closed" : "");  // lost after this: the end
    SCENES[scene](view);
    document.title = view.title ? view.title + " · Arena" : "Arena";
  }

  /* -- keeping up with the server --------------------------------------------------------- */

  /* What went wrong is a code, worded from screen-text.js's "failure" table: the server's refusal
     code from its JSON answer (not_found: the link is no longer valid; too_many; too_many_streams;
     busy), or the screen's own: unreachable, and contest_closed (unreachable after the host closed
     the contest: the laptop has stopped serving, nothing to retry for). The last scene stays up
     with the line in a corner; before any scene, the line fills the screen. */
  var feed = null;
  var failure = null;
  var refusedStreams = 0;  // the feed refused while the link itself answers: too many windows on it
  var SLOW_RETRY_MS = 20000;  // a refused link: slowly, so a screen left open never trips the brake
  var RETRY_MS = 3000;

  function setFailure(code, status) {
    failure = code;
    var banner = $("offline");
    var text = code ? fmt(T.failure[code] || T.failure.other, status || code) : "";
    banner.textContent = text;
    banner.setAttribute("data-code", code || "");
    banner.hidden = !code || !view;
    var whole = $("failure");
    whole.hidden = !code || !!view;
    if (!view) {
      setText("f-text", text);
      document.body.setAttribute("data-scene", code ? "failure" : "");
    }
  }

  /* Read the current view once: null when it came (and is shown), else {code, status}. */
  function probe() {
    return fetch(API, { cache: "no-store" }).then(function (r) {
      if (r.ok) {
        return r.json().then(function (data) {
          clockOffset = Date.now() - data.now_ms;
          show(data);
          setFailure(null);
          return null;
        });
      }
      return r.json().then(
        function (body) { return { code: body && body.error ? String(body.error) : "other", status: r.status }; },
        function () { return { code: r.status >= 500 ? "busy" : "other", status: r.status }; }
      );
    }, function () {
      return { code: view && view.closed ? "contest_closed" : "unreachable" };
    });
  }

  function retryLater(code) {
    setTimeout(reconnect, code === "not_found" || code === "too_many" || code === "too_many_streams" ? SLOW_RETRY_MS : RETRY_MS);
  }

  function reconnect() {
    probe().then(function (failed) {
      if (failed) {
        setFailure(failed.code, failed.status);
        retryLater(failed.code);
      } else {
        connect();
      }
    });
  }

  function connect() {
    if (feed) feed.close();
    var mine = feed = new EventSource(API + "/events");
    mine.addEventListener("clock", function (e) {
      clockOffset = Date.now() - JSON.parse(e.data).now_ms;
      refusedStreams = 0;
      document.body.setAttribute("data-live", "live");  // the live feed is open
      setFailure(null);
    });
    mine.addEventListener("state", function (e) { show(JSON.parse(e.data)); });
    mine.onerror = function () {
      if (mine !== feed) return;
      document.body.setAttribute("data-live", "");
      // The browser retries a dropped stream by itself (CONNECTING); a refused one (CLOSED) we retry
      // here. Either way, ask the link what is wrong, to say it in words.
      var refused = mine.readyState === EventSource.CLOSED;
      if (refused) { mine.close(); feed = null; }
      probe().then(function (failed) {
        if (failed) {
          setFailure(failed.code, failed.status);
          if (refused) retryLater(failed.code);
          else if (failed.code === "contest_closed" && feed === mine) { mine.close(); feed = null; retryLater(failed.code); }
        } else if (refused) {
          refusedStreams += 1;  // once: a server restarting; again: the link's live feeds are all taken
          if (refusedStreams > 1) setFailure("too_many_streams");
          setTimeout(connect, refusedStreams > 1 ? SLOW_RETRY_MS : 1000);
        }
      });
    };
  }

  function start() {
    probe().then(function (failed) { if (failed) setFailure(failed.code, failed.status); });
    connect();
    setInterval(tick, 100);
    window.addEventListener("resize", function () { if (view) show(view); });
  }

  start();
})();
