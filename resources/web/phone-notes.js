/* Arena phone page: the comment (评语) under the marks and the outlier confirmation (畸高畸低), issue 17.
 *
 * Loaded before phone.js, which builds it with its own helpers: ArenaNotes({t, el, load, save, api, changed}).
 * The comment is kept as a draft next to the marks ("note:<presenter id>"); before a ballot is sent
 * the page asks the server how far the draft total stands from the others (POST …/outlier) and, if
 * far, asks the reviewer to confirm with an optional reason. The question never blocks: no answer
 * (offline, busy, too many checks) means the ballot goes as it is and the server flags it itself.
 */
"use strict";

window.ArenaNotes = function (h) {
  var CHECK_TIMEOUT_MS = 5000;

  function mode(setup) { return (setup.contest && setup.contest.comments) || "off"; }
  function maxChars(setup) { return (setup.contest && setup.contest.comment_max) || 500; }
  function chars(text) { return Array.from(text || "").length; } // code points, as the server counts

  function commentBox(setup, pid, initial) {
    if (mode(setup) === "off") return null;
    var id = "c-" + pid;
    var wrap = h.el("div", "field comment-field");
    var label = h.el("label", "");
    label.htmlFor = id;
    label.appendChild(h.el("span", "crit-name", h.t("comment")));
    label.appendChild(h.el("span", "crit-max", h.t(mode(setup) === "required" ? "comment_required" : "comment_optional")));
    wrap.appendChild(label);
    var box = h.el("textarea", "comment");
    box.id = id;
    box.rows = 3;
    box.maxLength = maxChars(setup) + 50; // the counter says when it is over; the server refuses past the max
    box.setAttribute("aria-describedby", id + "-err");
    box.placeholder = h.t("comment_hint");
    box.value = initial || "";
    var foot = h.el("div", "comment-foot");
    var error = h.el("p", "error", "");
    error.id = id + "-err";
    var count = h.el("span", "comment-count", "");
    foot.appendChild(error);
    foot.appendChild(count);
    function counted() {
      var n = chars(box.value.trim()), max = maxChars(setup);
      count.textContent = n + " / " + max;
      count.classList.toggle("over", n > max);
    }
    box.addEventListener("input", function () {
      counted();
      if (error.textContent && checkComment(setup, box.value) === "") showError(box, "");
      h.save("note:" + pid, box.value);
      h.changed(pid);
    });
    counted();
    wrap.appendChild(box);
    wrap.appendChild(foot);
    return wrap;
  }

  function showError(box, message) {
    document.getElementById(box.getAttribute("aria-describedby")).textContent = message;
    box.setAttribute("aria-invalid", message ? "true" : "false");
  }

  function checkComment(setup, text) {
    var n = chars(String(text || "").trim());
    if (n > maxChars(setup)) return h.t("e_comment_long", { max: maxChars(setup) });
    if (mode(setup) === "required" && n === 0) return h.t("e_comment_empty");
    return "";
  }

  // The comment of a card, or null when the contest takes none. Shows a mistake and returns false.
  function commentOf(setup, card) {
    var box = card.querySelector("textarea.comment");
    if (!box) return null;
    var problem = checkComment(setup, box.value);
    showError(box, problem);
    if (problem) { box.focus(); return false; }
    return box.value.trim();
  }

  function draftComment(pid) { var v = h.load("note:" + pid); return typeof v === "string" ? v : null; }

  // The comment as typed in a card (null when the contest takes none), for "changed, not yet submitted".
  function typed(card) {
    var box = card.querySelector("textarea.comment");
    return box ? box.value.trim() : null;
  }

  // Ask before sending a far-out total: go(reason) sends; cancelling leaves the card as it was.
  // answered() is called once the question is settled either way (the server answered or not).
  function beforeSend(setup, card, pid, total, go, answered) {
    if (!setup.contest.outlier_check) { answered(); go(null); return; }
    var abort = window.AbortController ? new AbortController() : null;
    var timer = setTimeout(function () { if (abort) abort.abort(); }, CHECK_TIMEOUT_MS);
    fetch(h.api + "/outlier", {
      method: "POST", cache: "no-store", credentials: "omit", signal: abort ? abort.signal : undefined,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ presenter_id: pid, total: total })
    }).then(function (resp) {
      clearTimeout(timer);
      return resp.ok ? resp.json() : null;
    }).then(function (answer) {
      answered();
      if (answer && answer.far) ask(card, total, answer, go);
      else go(null);
    }).catch(function () { clearTimeout(timer); answered(); go(null); });
  }

  function ask(card, total, answer, go) {
    var panel = card.querySelector(".confirm");
    if (panel) panel.remove();
    panel = h.el("div", "confirm");
    panel.setAttribute("role", "alertdialog");
    var key = answer.direction === "high" ? "far_high" : "far_low";
    panel.appendChild(h.el("p", "confirm-text", h.t(key, { total: total, distance: answer.distance })));
    if (answer.median) panel.appendChild(h.el("p", "confirm-median", h.t("far_median", { median: answer.median })));
    panel.appendChild(h.el("p", "confirm-ask", h.t("far_ask")));
    var id = "r-" + card.getAttribute("data-pid");
    var label = h.el("label", "confirm-label", h.t("far_reason"));
    label.htmlFor = id;
    var reason = h.el("textarea", "reason");
    reason.id = id;
    reason.rows = 2;
    reason.maxLength = 500;
    panel.appendChild(label);
    panel.appendChild(reason);
    var buttons = h.el("div", "confirm-buttons");
    var back = h.el("button", "confirm-cancel", h.t("far_cancel"));
    var send = h.el("button", "confirm-send", h.t("far_send"));
    back.type = send.type = "button";
    var submit = card.querySelector(".submit");
    submit.hidden = true; // one question at a time: answer it with its own two buttons
    back.addEventListener("click", function () { panel.remove(); submit.hidden = false; submit.focus(); });
    send.addEventListener("click", function () { panel.remove(); submit.hidden = false; go(reason.value.trim()); });
    buttons.appendChild(back);
    buttons.appendChild(send);
    panel.appendChild(buttons);
    submit.insertAdjacentElement("beforebegin", panel);
    panel.scrollIntoView({ block: "center" });
  }

  return {
    commentBox: commentBox,
    commentOf: commentOf,
    draftComment: draftComment,
    typed: typed,
    beforeSend: beforeSend,
    active: function (setup) { return mode(setup) !== "off"; }
  };
};
