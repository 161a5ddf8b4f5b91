// EGM Publisher: small enhancements. Every page reads fully without this script.
(function () {
  "use strict";
  var doc = document;
  doc.documentElement.className += " js";
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };
  var params = new URLSearchParams(window.location.search);
  var el = function (name, text) {
    var e = doc.createElement(name);
    if (text !== undefined) { e.textContent = text; }
    return e;
  };

  // Sortable tables: each column heading becomes a button; aria-sort tells the state.
  each(doc.querySelectorAll("table.sortable"), function (table) {
    var heads = table.tHead ? table.tHead.rows[0].cells : [];
    var body = table.tBodies[0];
    each(body.rows, function (r, i) { r.setAttribute("data-order", i); });
    each(heads, function (th, col) {
      var button = el("button", th.textContent);
      button.type = "button";
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var asc = th.getAttribute("aria-sort") !== "ascending";
        each(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var value = function (row) {
          var t = row.cells[col].textContent.trim();
          var n = parseFloat(t.replace("\u2212", "-").replace("+", ""));
          return isNaN(n) || !/^[+\u2212\-]?[0-9]/.test(t) ? t : n;
        };
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = value(a), y = value(b), c;
          if (typeof x === "number" && typeof y === "number") { c = x - y; }
          else if (typeof x === "number") { return -1; }
          else if (typeof y === "number") { return 1; }
          else { c = x.localeCompare(y); }
          return (asc ? c : -c) || (a.getAttribute("data-order") - b.getAttribute("data-order"));
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });

  // Recommendation filters; the address may preset them (?area=…&index=…&session=…).
  var filters = doc.getElementById("rec-filters");
  if (filters) {
    filters.hidden = false;
    var selects = filters.querySelectorAll("select");
    var apply = function () {
      var shown = 0, all = 0;
      each(doc.querySelectorAll("#recs tbody tr"), function (tr) {
        var ok = Array.prototype.every.call(selects, function (s) {
          return !s.value || tr.getAttribute("data-" + s.getAttribute("data-filter")) === s.value;
        });
        tr.hidden = !ok;
        all++;
        if (ok) { shown++; }
      });
      doc.getElementById("rec-count").textContent = shown === all ? "All " + all + " recommendations shown."
          : shown + " of " + all + " recommendations shown.";
    };
    each(selects, function (s) {
      var preset = params.get(s.name);
      if (preset) { s.value = preset; }
      s.addEventListener("change", apply);
    });
    filters.addEventListener("submit", function (e) { e.preventDefault(); });
    apply();
  }

  // Search over the prebuilt index (assets/search-index.js sets window.EGM_SEARCH).
  var results = doc.getElementById("search-results");
  if (results && window.EGM_SEARCH) {
    var q = (params.get("q") || "").trim();
    var input = doc.getElementById("q");
    if (input) { input.value = q; }
    var status = doc.getElementById("search-status");
    var words = q.toLowerCase().split(/\s+/).filter(function (w) { return w; });
    var hits = [];
    window.EGM_SEARCH.forEach(function (e, i) {
      var t = e.t.toLowerCase(), hay = t + " " + e.c.toLowerCase() + " " + e.k;
      if (!words.length || !words.every(function (w) { return hay.indexOf(w) >= 0; })) { return; }
      var first = words[0];
      var score = t.indexOf(first) === 0 ? 3 : (" " + t).indexOf(" " + first) >= 0 ? 2 : t.indexOf(first) >= 0 ? 1 : 0;
      hits.push({ e: e, s: score, i: i });
    });
    hits.sort(function (a, b) { return b.s - a.s || a.i - b.i; });
    status.textContent = !words.length ? "Type a word in the search box: a country, a region, a topic."
        : hits.length === 0 ? "Nothing found for \u201c" + q + "\u201d."
        : hits.length + " result" + (hits.length === 1 ? "" : "s") + " for \u201c" + q + "\u201d"
          + (hits.length > 50 ? "; the first 50 are shown." : ".");
    hits.slice(0, 50).forEach(function (h) {
      var li = el("li");
      var a = el("a", h.e.t);
      a.href = h.e.u;
      li.appendChild(a);
      li.appendChild(el("span", " \u2014 " + h.e.c));
      results.appendChild(li);
    });
  }

  // Comparison of chosen countries (assets/compare-data.js sets window.EGM_COMPARE).
  var form = doc.getElementById("compare-form");
  if (form && window.EGM_COMPARE) {
    var data = window.EGM_COMPARE;
    var boxes = form.querySelectorAll("input[type=checkbox]");
    var result = doc.getElementById("compare-result");
    var out = doc.getElementById("compare-table");
    var cstatus = doc.getElementById("compare-status");
    form.hidden = false;
    // Columns from 1 to numeric - 1 hold numbers and align right; the rest is text.
    var table = function (caption, heads, numeric) {
      var t = el("table"), tr = el("tr");
      t.appendChild(el("caption", caption));
      heads.forEach(function (h, i) {
        var th = el("th", h);
        th.scope = "col";
        if (i > 0 && i < numeric) { th.className = "num"; }
        tr.appendChild(th);
      });
      t.appendChild(el("thead")).appendChild(tr);
      t.appendChild(el("tbody"));
      var wrap = el("div");
      wrap.className = "table-wrap";
      wrap.appendChild(t);
      out.appendChild(wrap);
      return t.tBodies[0];
    };
    var row = function (body, head, cells, numeric) {
      var tr = el("tr"), th = el("th");
      th.scope = "row";
      if (typeof head === "string") { th.textContent = head; } else { th.appendChild(head); }
      tr.appendChild(th);
      cells.forEach(function (c, i) {
        var td = el("td", c);
        td.className = i + 1 < numeric ? "num" : "nowrap";
        tr.appendChild(td);
      });
      body.appendChild(tr);
    };
    var render = function () {
      var chosen = Array.prototype.filter.call(boxes, function (b) { return b.checked && data.c[b.value]; })
          .map(function (b) { return b.value; });
      out.textContent = "";
      result.hidden = chosen.length === 0;
      if (!chosen.length) { return; }
      var names = chosen.map(function (c) { return data.c[c].n; });
      cstatus.textContent = (chosen.length === 1 ? "Choose one more country to compare. " : "")
          + chosen.length + " chosen: " + names.join(", ") + ".";
      var year = data.y[data.y.length - 1];
      var latest = table("Latest edition, " + year, ["Country", "Rank", "EGDI", "OSI", "TII", "HCI", "EPI", "Group", "Class"], 7);
      chosen.forEach(function (c) {
        var d = data.c[c], a = el("a", d.n);
        a.href = "countries/" + d.s + ".html";
        var l = d.l || ["\u2013", "\u2013", "\u2013", "\u2013", "\u2013", "\u2013", "\u2013", "\u2013"];
        row(latest, a, [l[7], l[0], l[1], l[2], l[3], l[4], l[5], l[6]], 7);
      });
      var history = table("EGDI (rank) in every edition, latest first", ["Edition"].concat(names), names.length + 1);
      for (var i = data.y.length - 1; i >= 0; i--) {
        row(history, String(data.y[i]), chosen.map(function (c) {
          var h = data.c[c].h[i];
          return h ? h[1] + " (" + h[0] + ")" : "\u2013";
        }), names.length + 1);
      }
    };
    var remember = function () {
      var q = Array.prototype.filter.call(boxes, function (b) { return b.checked; })
          .map(function (b) { return "c=" + b.value; }).join("&");
      try { window.history.replaceState(null, "", "compare.html" + (q ? "?" + q : "")); } catch (ignored) { /* file:// may refuse */ }
    };
    var wanted = params.getAll("c");
    each(boxes, function (b) {
      if (wanted.indexOf(b.value) >= 0) {
        b.checked = true;
        b.closest("details").open = true;
      }
      b.addEventListener("change", function () { render(); remember(); });
    });
    form.addEventListener("submit", function (e) { e.preventDefault(); render(); remember(); });
    doc.getElementById("compare-clear").addEventListener("click", function () {
      each(boxes, function (b) { b.checked = false; });
      render();
      remember();
    });
    render();
  }

  // Printing shows every disclosure (chart data, choices).
  var closed = [];
  window.addEventListener("beforeprint", function () {
    each(doc.querySelectorAll("details:not([open])"), function (d) { closed.push(d); d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    closed.forEach(function (d) { d.open = false; });
    closed = [];
  });
})();
