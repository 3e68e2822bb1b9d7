/* Arena's read-only screen: shows the scene the host has put on the projector, live.
   Reads /api/screen/<token> once, then follows /api/screen/<token>/events (server-sent events) and
   reconnects on its own. The countdown ticks here, from "remaining seconds at a server time". */
(function () {
  "use strict";

  var TEXT = {
    zh: {
      nowPresenting: "正在汇报  {1} / {2}", upNext: "即将开始", next: "下一位：{1}",
      organizer: "主办：{1}", joinHeading: "评委如何参与评分",
      join: "请用手机扫描您个人评分卡上的二维码，在打开的页面上评分。",
      scoring: "评分中", allPresenters: "全部汇报", openCount: "{1} 个汇报正在评分",
      reviewersScored: "位评委已提交评分", ballotsIn: "份评分已提交",
      closed: "评分已结束", all_in: "全部评委已提交", open: "评分已开始，请在手机上评分", soon: "评分即将开始",
      results: "评价结果", provisional: "暂定结果：评分尚未结束",
      announce: "评价结果将从最后一名开始逐一揭晓", rankedCount: "共 {1} 个汇报参与排名",
      finalRanking: "最终排名", rank: "名次", presenter: "汇报对象", score: "得分",
      rankN: "第{1}名", tiedN: "并列第{1}", offline: "连接中断，正在重新连接…",
      groupWeight: "{1}（权重 {2}）", objectiveWeight: "实绩：{1}（权重 {2}）", dropped: "去掉的分数：", droppedTotal: "{1}（{2}）", highest: "最高分", lowest: "最低分",
      marksDropped: "{1}：按各项指标去掉最高、最低分共 {2} 个", tooFew: "{1}：评分人数不足，未去掉最高最低分",
      scoredOf: "{2} 位评委中 {1} 位已评分",
      notTrimmed: "{1}：仅 {2} 个分数，少于 {3} 个，未去掉最高最低分",
      notTrimmedMarks: "{1}：每项仅 {2} 个分数，少于 {3} 个，未去掉最高最低分",
      fewKept: "{1}：{2} 个分数去掉最高最低分后仅保留 {3} 个",
      fewKeptMarks: "{1}：每项 {2} 个分数去掉最高最低分后仅保留 {3} 个",
      slotOf: "{1} 评委{2}",
      announcing: "当场亮分", nothingToAnnounce: "暂无可公布的得分", judge: "评委{1}",
      tieHigh: "{1}：最高分 {3} 有 {2} 个，按规则去掉 {4} 个", tieLow: "{1}：最低分 {3} 有 {2} 个，按规则去掉 {4} 个",
      groupScores: "各组得分：{1}", more: "……另有 {1} 条", comma: "，", colon: "{1}：{2}",
      weightedFinal: "加权最后得分 {1} 分", finalScore: "最后得分 {1} 分", criteriaDropped: "各项指标分别去掉最高分和最低分",
      tooFewToDrop: "评分人数不足，未去掉最高最低分", groupScore: "得分 {1} 分",
      dropHigh: "去掉一个最高分 {1} 分", dropLow: "去掉一个最低分 {1} 分",
      dropHighN: "去掉 {1} 个最高分 {2} 分", dropLowN: "去掉 {1} 个最低分 {2} 分",
      finalBig: "最后得分 {1}", rankingSoFar: "当前排名"
    },
    en: {
      nowPresenting: "Now presenting  {1} / {2}", upNext: "Up next", next: "Next: {1}",
      organizer: "Organised by {1}", joinHeading: "Reviewers: how to join",
      join: "Scan the QR code on your personal card with your phone and score on the page it opens.",
      scoring: "Scoring", allPresenters: "All presenters", openCount: "{1} presenter(s) open for scoring",
      reviewersScored: "reviewers have scored", ballotsIn: "ballots are in",
      closed: "Scoring is closed", all_in: "All ballots are in",
      open: "Scoring is open: please score on your phone", soon: "Scoring opens shortly",
      results: "Results", provisional: "Provisional: scoring is still open",
      announce: "The results, from last place to first", rankedCount: "{1} presenter(s) ranked",
      finalRanking: "Final ranking", rank: "Rank", presenter: "Presenter", score: "Score",
      rankN: "No. {1}", tiedN: "Tied No. {1}", offline: "Connection lost, reconnecting…",
      groupWeight: "{1} (weight {2})", objectiveWeight: "Objective: {1} (weight {2})", dropped: "Dropped:", droppedTotal: "{1} ({2})", highest: "highest", lowest: "lowest",
      marksDropped: "{1}: {2} mark(s) dropped, the highest and lowest of each criterion",
      tooFew: "{1}: too few scores to trim", scoredOf: "{1} of {2} reviewers scored",
      notTrimmed: "{1}: {2} scores, fewer than {3}; none dropped",
      notTrimmedMarks: "{1}: {2} marks per criterion, fewer than {3}; none dropped",
      fewKept: "{1}: {2} scores, {3} kept after dropping",
      fewKeptMarks: "{1}: {2} marks per criterion, {3} kept after dropping",
      slotOf: "{1} reviewer {2}",
      announcing: "Announcing the score", nothingToAnnounce: "No score to announce", judge: "Judge {1}",
      tieHigh: "{1}: {2} scores share the highest, {3}; the rule drops {4}",
      tieLow: "{1}: {2} scores share the lowest, {3}; the rule drops {4}",
      groupScores: "Group scores: {1}", more: "…and {1} more", comma: ", ", colon: "{1}: {2}",
      weightedFinal: "weighted final score {1}", finalScore: "final score {1}",
      criteriaDropped: "the highest and lowest mark of each criterion dropped",
      tooFewToDrop: "too few scores to drop any", groupScore: "group score {1}",
      dropHigh: "dropping the highest score {1}", dropLow: "dropping the lowest score {1}",
      dropHighN: "dropping the {1} highest scores {2}", dropLowN: "dropping the {1} lowest scores {2}",
      finalBig: "Final score {1}", rankingSoFar: "Ranking so far"
    }
  };
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
    setText("w-title", v.title);
    setText("w-when", joinParts([v.date, v.venue]));
    setText("w-organizer", v.organizer ? fmt(T.organizer, v.organizer) : "");
    setText("w-join-heading", T.joinHeading);
    setText("w-join", T.join);
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

  function tick() {
    if (!view || view.scene !== "presenting") return;
    var left = remaining();
    var clock = $("p-clock");
    var text = clockText(left);
    if (clock.firstElementChild.textContent !== text) setText(clock, text);
    clock.className = "box fit clock" + (left < 0 ? " overtime" : left === 0 || left <= LAST_MINUTE_S ? " last-minute" : "");
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

  var SCENES = { welcome: welcome, presenting: presenting, scoring: scoring, results: results,
                 ranking: ranking, announce: announce, blank: function () {} };

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
    document.body.setAttribute("data-scene", scene);
    SCENES[scene](view);
    document.title = view.title ? view.title + " · Arena" : "Arena";
  }

  /* -- keeping up with the server --------------------------------------------------------- */

  var feed = null;
  function setOffline(offline) {
    var banner = $("offline");
    banner.textContent = T.offline;
    banner.hidden = !offline;
  }

  function connect() {
    if (feed) feed.close();
    feed = new EventSource(API + "/events");
    feed.addEventListener("clock", function (e) {
      clockOffset = Date.now() - JSON.parse(e.data).now_ms;
      setOffline(false);
    });
    feed.addEventListener("state", function (e) { show(JSON.parse(e.data)); });
    feed.onerror = function () {
      setOffline(true);
      // The browser retries a dropped stream by itself; a refused one (server restarting) we retry here.
      if (feed.readyState === EventSource.CLOSED) setTimeout(connect, 3000);
    };
  }

  function start() {
    fetch(API, { cache: "no-store" })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (data) { clockOffset = Date.now() - data.now_ms; show(data); })
      .catch(function () { setOffline(true); });
    connect();
    setInterval(tick, 100);
    window.addEventListener("resize", function () { if (view) show(view); });
  }

  start();
})();
