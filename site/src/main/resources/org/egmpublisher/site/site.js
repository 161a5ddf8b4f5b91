// EGM Publisher: small enhancements. Every page reads fully without this script.
(function () {
  "use strict";

  // Sortable tables: headers become buttons; aria-sort tells the state.
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var heads = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(heads, function (th, col) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var asc = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[col].textContent.trim(), y = b.cells[col].textContent.trim();
          var nx = parseFloat(x.replace("\u2212", "-")), ny = parseFloat(y.replace("\u2212", "-"));
          var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
          return asc ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });

  // Recommendation filters.
  var filters = document.getElementById("rec-filters");
  if (filters) {
    filters.hidden = false;
    var selects = filters.querySelectorAll("select");
    var apply = function () {
      var shown = 0;
      document.querySelectorAll("#recs tbody tr").forEach(function (tr) {
        var ok = Array.prototype.every.call(selects, function (s) {
          return !s.value || tr.getAttribute("data-" + s.getAttribute("data-filter")) === s.value;
        });
        tr.hidden = !ok;
        if (ok) { shown++; }
      });
      document.getElementById("rec-count").textContent = shown + " shown";
    };
    Array.prototype.forEach.call(selects, function (s) { s.addEventListener("change", apply); });
    apply();
  }

  // Search over the prebuilt index (assets/search-index.js sets window.EGM_SEARCH).
  var results = document.getElementById("search-results");
  if (results && window.EGM_SEARCH) {
    var q = (new URLSearchParams(window.location.search).get("q") || "").trim().toLowerCase();
    var input = document.getElementById("q");
    if (input) { input.value = q; }
    var status = document.getElementById("search-status");
    var root = document.querySelector("link[rel=stylesheet]").getAttribute("href").replace("assets/style.css", "");
    var hits = q ? window.EGM_SEARCH.filter(function (e) { return e.t.toLowerCase().indexOf(q) >= 0 || e.k.indexOf(q) >= 0; }) : [];
    status.textContent = q ? hits.length + " results for \u201c" + q + "\u201d" : "Type a word in the search box.";
    hits.slice(0, 100).forEach(function (e) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + e.u;
      a.textContent = e.t;
      li.appendChild(a);
      li.appendChild(document.createTextNode(" \u2014 " + e.c));
      results.appendChild(li);
    });
  }
})();
