/* Arena: the page a browser gets for a wrong or truncated link, or after too many wrong links
 * (HTTP 404 / 429). Words the problem in the phone's language from phone-text.js; the page itself
 * already says it in Chinese and English for a browser without JavaScript.
 */
"use strict";

(function () {
  function pick() {
    var chosen;
    try { chosen = window.localStorage.getItem("arena:lang"); } catch (e) { chosen = null; }
    if (chosen === "zh" || chosen === "en") return chosen;
    var langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || "zh"];
    return /^zh/i.test(langs[0]) ? "zh" : "en";
  }
  function start() {
    var text = window.ARENA_TEXT[pick()];
    var tooMany = document.body.getAttribute("data-problem") === "too_many";
    document.documentElement.lang = text === window.ARENA_TEXT.zh ? "zh-CN" : "en";
    document.title = text.title;
    document.getElementById("problem-title").textContent = tooMany ? text.too_many_title : text.bad_link_title;
    document.getElementById("problem-text").textContent = tooMany ? text.too_many_link : text.bad_link;
    document.getElementById("problem-other").hidden = true;
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
