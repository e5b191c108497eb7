/* Article pages: a visible link on every paragraph, copy buttons, today's date in online citations.
   Works from file:// and makes no request. */
(function () {
  "use strict";
  var permalink = document.querySelector('link[rel="canonical"]');
  var base = permalink ? permalink.getAttribute("href") : location.href.split("#")[0];

  function copy(text, button) {
    var done = function () { var old = button.textContent; button.textContent = "已复制"; setTimeout(function () { button.textContent = old; }, 1500); };
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

  var today = new Date();
  var pad = function (n) { return (n < 10 ? "0" : "") + n; };
  var accessDate = today.getFullYear() + "-" + pad(today.getMonth() + 1) + "-" + pad(today.getDate());
  document.querySelectorAll(".archive-citation__text").forEach(function (node) {
    node.textContent = node.textContent.replace("[引用日期]", "[" + accessDate + "]");
  });

  document.querySelectorAll(".md-content p[id^='p']").forEach(function (paragraph) {
    if (!/^p\d+$/.test(paragraph.id)) return;
    var link = document.createElement("a");
    link.className = "archive-para-link";
    link.href = "#" + paragraph.id;
    link.title = "复制本段链接";
    link.textContent = "¶";
    link.addEventListener("click", function (event) {
      event.preventDefault();
      history.replaceState(null, "", "#" + paragraph.id);
      copy(base + "#" + paragraph.id, link);
    });
    paragraph.appendChild(link);
  });

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy-citation], [data-copy]");
    if (!button) return;
    var text = button.hasAttribute("data-copy") ? button.getAttribute("data-copy")
      : button.parentNode.querySelector(".archive-citation__text").textContent;
    copy(text, button);
  });
})();
