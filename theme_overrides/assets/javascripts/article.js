/* Article pages: a visible link on every paragraph, copy buttons, today's date in online citations.
   Works from file:// and makes no request. */
(function () {
  "use strict";
  var permalink = document.querySelector('link[rel="canonical"]');
  var base = permalink ? permalink.getAttribute("href") : location.href.split("#")[0];

  function copy(text, done) {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallback(text); done(); });
    } else { fallback(text); done(); }
  }
  function fallback(text) {
    var area = document.createElement("textarea");
    area.value = text; document.body.appendChild(area); area.select();
    try { document.execCommand("copy"); } catch (e) { /* nothing more to try */ }
    document.body.removeChild(area);
  }

  /* The access date is the reader's day: the generator leaves "[引用日期]" in each citation and
     download (docs/ stays the same for the same inputs) and it is filled in here, in the form of
     each format, at its last occurrence (after every printed text); generator/citations.py
     ACCESS_FILLS and fill_access_date are the same rules. */
  var today = new Date();
  var pad = function (n) { return (n < 10 ? "0" : "") + n; };
  var y = today.getFullYear(), m = today.getMonth() + 1, d = today.getDate();
  var iso = y + "-" + pad(m) + "-" + pad(d);
  var fills = {
    text: ["[引用日期]", "[" + iso + "]"], bib: ["[引用日期]", iso],
    ris: ["[引用日期]", y + "/" + pad(m) + "/" + pad(d) + "/"], json: ['"[引用日期]"', y + ", " + m + ", " + d]
  };
  function fill(text, kind) {
    var token = fills[kind][0], at = text.lastIndexOf(token);
    return at < 0 ? text : text.slice(0, at) + fills[kind][1] + text.slice(at + token.length);
  }
  document.querySelectorAll(".archive-citation__text").forEach(function (node) {
    node.textContent = fill(node.textContent, "text");
  });
  document.querySelectorAll(".archive-downloads a[download]").forEach(function (link) {
    var kind = link.getAttribute("download").split(".").pop(), href = link.getAttribute("href");
    var head = href.slice(0, href.indexOf(",") + 1);
    if (!fills[kind] || !/;base64,$/.test(head)) return;
    var bytes = atob(href.slice(head.length)), codes = new Uint8Array(bytes.length);
    for (var i = 0; i < bytes.length; i++) codes[i] = bytes.charCodeAt(i);
    var filled = new TextEncoder().encode(fill(new TextDecoder().decode(codes), kind)), binary = "";
    for (var j = 0; j < filled.length; j++) binary += String.fromCharCode(filled[j]);
    link.setAttribute("href", head + btoa(binary));
  });

  document.querySelectorAll(".md-content p[id^='p']").forEach(function (paragraph) {
    if (!/^p\d+$/.test(paragraph.id)) return;
    var link = document.createElement("a");
    link.className = "archive-para-link";
    link.href = "#" + paragraph.id;
    /* The ¶ is drawn by CSS (archive.css): the link adds no text to what a reader copies. */
    link.setAttribute("aria-label", "本段链接");
    link.title = "复制本段链接";
    link.addEventListener("click", function (event) {
      event.preventDefault();
      history.replaceState(null, "", "#" + paragraph.id);
      copy(base + "#" + paragraph.id, function () {
        link.setAttribute("data-copied", "");
        setTimeout(function () { link.removeAttribute("data-copied"); }, 1500);
      });
    });
    paragraph.appendChild(link);
  });

  /* Opened from the search page (#search=劳务%0A输转: the words, one a line; search.js): the first paragraph holding a
     searched word is scrolled to and its words marked; the address then names that paragraph.
     Words are compared folded as the search folds them (full-width ASCII, Latin case, spaces). */
  function fold(text) {
    return text.replace(/[\uff01-\uff5e]/g, function (ch) { return String.fromCharCode(ch.charCodeAt(0) - 0xfee0); })
      .toLowerCase().replace(/\s/g, " ");
  }
  function markWords(paragraph, words) {
    var walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT, {acceptNode: function (node) {
      return node.parentNode.closest(".archive-para-link") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    }});
    var nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    nodes.forEach(function (node) {
      var text = node.nodeValue, folded = fold(text), spans = [];
      words.forEach(function (word) {
        for (var at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) spans.push([at, at + word.length]);
      });
      if (!spans.length) return;
      spans.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
      var out = document.createDocumentFragment(), from = 0;
      spans.forEach(function (span) {
        if (span[0] < from) return;  // overlaps one already marked
        out.appendChild(document.createTextNode(text.slice(from, span[0])));
        var mark = document.createElement("mark");
        mark.textContent = text.slice(span[0], span[1]);
        out.appendChild(mark);
        from = span[1];
      });
      out.appendChild(document.createTextNode(text.slice(from)));
      node.parentNode.replaceChild(out, node);
    });
  }
  var searched = /^#search=(.*)$/.exec(location.hash);
  if (searched) {
    var words;
    try { words = decodeURIComponent(searched[1]).split("\n").map(fold).filter(Boolean); } catch (e) { words = []; }
    var first = Array.prototype.find.call(document.querySelectorAll(".md-content p[id^='p']"), function (paragraph) {
      var text = fold(paragraph.textContent);
      return words.some(function (word) { return text.indexOf(word) >= 0; });
    });
    if (first) {
      markWords(first, words);
      first.classList.add("archive-search-hit");
      try { history.replaceState(null, "", "#" + first.id); } catch (e) { /* the mark still shows */ }
      first.scrollIntoView({block: "center"});
    }
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy-citation], [data-copy], [data-copy-report]");
    if (!button) return;
    var text = button.hasAttribute("data-copy") ? button.getAttribute("data-copy")
      : button.hasAttribute("data-copy-report") ? button.parentNode.querySelector("pre").textContent
      : button.parentNode.querySelector(".archive-citation__text").textContent;
    copy(text, function () {
      var old = button.textContent;
      button.textContent = "已复制";
      setTimeout(function () { button.textContent = old; }, 1500);
    });
  });
})();
