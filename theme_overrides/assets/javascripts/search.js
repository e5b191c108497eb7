/* The archive's full-text search page (issue 6). The index is built by generator/search.py, whose
   docstring describes the format; this file mirrors its Reader class step by step.

   Index files are scripts that call window.__archiveSearch.<kind>(…): they are loaded by adding
   <script> tags, so the page works from file:// (no fetch, no module, no worker) and requests
   nothing outside the site. Every text from the index reaches the page through textContent. */
(function () {
  "use strict";

  var root = document.querySelector("[data-search-page]");
  var here = document.currentScript && document.currentScript.src;
  if (!root || !here) return;

  var BASE = 46;
  var WHITESPACE = "\t\n\u000b\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008" +
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
  var WHITESPACE_RUN = new RegExp("[" + WHITESPACE + "]+", "g");
  var EXCLUDE = "-\uff0d";  // -词 leaves out the articles that hold 词
  var PHRASE = /([-\uff0d]?)["\uff02\u201c\u201d]([^"\uff02\u201c\u201d]*)(?:["\uff02\u201c\u201d]|$)/g;
  // Chinese list punctuation between terms separates them as white space does (成渝，重庆).
  var SEPARATOR_RUN = new RegExp("[" + WHITESPACE + "\uff0c\u3001\uff1b]+", "g");
  var SPLIT_LIMIT = 16;  // longest unquoted term (units) split into its words when it finds nothing
  var DAY_ZERO = Date.UTC(1800, 0, 1);  // facet dates count days from this (search.py: day_number)
  var FILTERS = [  // slot: the place of the value in a facet row; multi: the row holds a list
    {name: "paper", label: "报纸", all: "全部报纸", vocabulary: "papers", slot: 0},
    {name: "year", label: "年份", all: "全部年份", vocabulary: "years", slot: 1},
    {name: "kind", label: "类型", all: "全部类型", vocabulary: "kinds", slot: 4},
    {name: "author", label: "作者", all: "全部作者", vocabulary: "authors", slot: 6, multi: true},
    {name: "place", label: "地点", all: "全部地点", vocabulary: "places", slot: 3, multi: true},
    {name: "topic", label: "主题", all: "全部主题", vocabulary: "topics", slot: 2, multi: true}
  ];
  var RANGE = [{name: "from", label: "起"}, {name: "to", label: "止"}];
  var SORTS = [{value: "", label: "相关度"}, {value: "new", label: "日期（新→旧）"}, {value: "old", label: "日期（旧→新）"}];

  var dataBase = new URL("../../search/", here).href;
  var siteBase = (root.getAttribute("data-base-url") || ".").replace(/\/$/, "") + "/";
  var directoryUrls = root.getAttribute("data-directory-urls") !== "false";
  var input = root.querySelector("[data-search-input]");
  var form = root.querySelector("[data-search-form]");
  var status = root.querySelector("[data-search-status]");
  var filtersBox = root.querySelector("[data-search-filters]");
  var list = root.querySelector("[data-search-results]");
  var more = root.querySelector("[data-search-more]");
  var activeBox = root.querySelector("[data-search-active]");
  var notice = root.querySelector("[data-search-notice]");

  /* --- loading index files as scripts ------------------------------------------------------- */
  var files = {};
  var meta = null;
  var vocabularies = null;  // the filters' values (search/vocabularies.js), loaded with the facets

  function load(path) {
    var entry = files[path];
    if (entry) return entry.promise;
    entry = files[path] = {};
    entry.promise = new Promise(function (resolve, reject) {
      entry.resolve = resolve;
      var tag = document.createElement("script");
      tag.async = true;
      tag.src = dataBase + path;
      tag.onerror = function () {
        delete files[path];
        reject(new Error(path));
      };
      document.head.appendChild(tag);
    });
    return entry.promise;
  }

  function deliver(path, value) {
    var entry = files[path];
    if (entry && entry.resolve) entry.resolve(value);
    else files[path] = {promise: Promise.resolve(value)};
  }

  function pad(number, width) {
    var text = String(number);
    while (text.length < width) text = "0" + text;
    return text;
  }

  var BASE_LEVEL = function () { return {folder: "", layout: meta}; };
  var TAIL_LEVEL = function () { return {folder: "tail/", layout: meta.tail}; };

  function levels() {  // the levels of the index that hold articles: base, then tail (see search.py: Reader)
    return [BASE_LEVEL(), TAIL_LEVEL()].filter(function (level) { return level.layout.shards; });
  }

  function postingsPath(key, level) {
    var layout = level.layout;
    if (Object.prototype.hasOwnProperty.call(layout.heavy, key)) return level.folder + "keys/" + pad((fnv1a(key) >>> 0).toString(16), 8) + ".js";
    return level.folder + "shards/" + pad(fnv1a(key) % layout.shards, layout.shardWidth) + ".js";
  }

  var registry = window.__archiveSearch = window.__archiveSearch || {};
  registry.meta = function (value) { deliver("meta.js", value); };
  registry.shard = function (number, keys) { deliver("shards/" + pad(number, meta.shardWidth) + ".js", keys); };
  registry.key = function (key, value) { deliver(postingsPath(key, BASE_LEVEL()), value); };
  registry.tailShard = function (number, keys) { deliver("tail/shards/" + pad(number, meta.tail.shardWidth) + ".js", keys); };
  registry.tailKey = function (key, value) { deliver(postingsPath(key, TAIL_LEVEL()), value); };
  registry.facets = function (block, value) { deliver("facets/" + block + ".js", value); };
  registry.vocabularies = function (value) { deliver("vocabularies.js", value); };
  registry.doc = function (number, value) { deliver("docs/" + number + ".js", value); };
  registry.chunk = function (number, chunk, value) { deliver("docs/" + number + "-" + chunk + ".js", value); };
  registry.t2s = function (value) { deliver("t2s.js", value); };

  function postings(key) {  // → the key's list in each level; each decodes on its own (articles from 0)
    return Promise.all(levels().map(function (level) {
      var heavy = Object.prototype.hasOwnProperty.call(level.layout.heavy, key);
      return load(postingsPath(key, level)).then(function (value) {
        if (heavy) return value;
        return Object.prototype.hasOwnProperty.call(value, key) ? value[key] : "";
      });
    }));
  }

  /* --- the format ----------------------------------------------------------------------------- */
  var DIGIT = [];
  (function () {
    var i = 0;
    for (var code = 0x21; code < 0x7f; code++) {
      if (code === 0x22 || code === 0x5c) continue;
      DIGIT[code] = i++;
    }
  })();

  function dec(text) {
    var out = [], value = 0;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGIT[text.charCodeAt(i)];
      if (digit >= BASE) value = value * BASE + digit - BASE;
      else { out.push(value * BASE + digit); value = 0; }
    }
    return out;
  }

  function fnv1a(key) {
    var h = 0x811c9dc5;
    for (var i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h >>> 0;
  }

  function fold(text) {
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var code = text.charCodeAt(i);
      if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
      if (code >= 0x41 && code <= 0x5a) code += 32;
      else if (WHITESPACE.indexOf(String.fromCharCode(code)) >= 0) code = 0x20;
      out += String.fromCharCode(code);
    }
    return out;
  }

  function squeeze(text) {
    return text.replace(WHITESPACE_RUN, " ").replace(/^ | $/g, "");
  }

  function parse(query) {  // → [{text, quoted, exclude}], folded (search.py: parse)
    var raw = [];
    var rest = query.replace(PHRASE, function (match, sign, phrase) {
      raw.push({text: phrase, quoted: true, exclude: !!sign});
      return " ";
    });
    rest.split(SEPARATOR_RUN).forEach(function (word) {
      var exclude = word.length > 1 && EXCLUDE.indexOf(word.charAt(0)) >= 0;
      raw.push({text: exclude ? word.slice(1) : word, quoted: false, exclude: exclude});
    });
    var out = [], seen = {};
    raw.forEach(function (term) {
      term.text = fold(squeeze(term.text));
      var id = (term.exclude ? "-" : "+") + term.text;
      if (term.text && !seen[id]) { seen[id] = true; out.push(term); }
    });
    return out;
  }

  function simplified(term, pairs) {  // traditional characters → simplified (search.py: simplified)
    var out = "";
    for (var i = 0; i < term.length; i++) {
      var ch = term.charAt(i), at = -1;
      for (var j = 0; j < pairs.length; j += 2) if (pairs.charAt(j) === ch) { at = j; break; }
      out += at < 0 ? ch : pairs.charAt(at + 1);
    }
    return out;
  }

  function splitCandidates(term) {  // search.py: split_candidates, in the same order
    var out = [];
    for (var start = 0; start < term.length - 1; start++) {
      for (var end = term.length; end > start + 1; end--) {
        var part = term.slice(start, end);
        if (!(start === 0 && end === term.length) && out.indexOf(part) < 0) out.push(part);
      }
    }
    return out;
  }

  function bestSplit(term, words) {  // the fewest words that spell the term (search.py: best_split)
    var size = term.length, best = [], step = [];
    best[size] = 0;
    for (var start = size - 2; start >= 0; start--) {
      for (var end = size; end > start + 1; end--) {
        if (best[end] === undefined || !words.has(term.slice(start, end)) || (start === 0 && end === size)) continue;
        if (best[start] === undefined || best[end] + 1 < best[start]) { best[start] = best[end] + 1; step[start] = end; }
      }
    }
    if (best[0] === undefined) return null;
    var out = [], at = 0;
    while (at < size) { out.push(term.slice(at, step[at])); at = step[at]; }
    return out;
  }

  function dayNumber(date) {  // search.py: day_number
    var match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date || "");
    if (!match) return 0;
    var days = Math.round((Date.UTC(+match[1], +(match[2] || 1) - 1, +(match[3] || 1)) - DAY_ZERO) / 86400000);
    return Math.max(days, 0) + 1;
  }

  function intersection(hitsList) {  // articles in every map of the list, ascending
    if (!hitsList.length) return [];
    var smallest = hitsList.reduce(function (a, b) { return b.size < a.size ? b : a; });
    var docs = [];
    smallest.forEach(function (_, doc) {
      if (hitsList.every(function (hits) { return hits.has(doc); })) docs.push(doc);
    });
    return docs.sort(function (a, b) { return a - b; });
  }

  /* The words searched for and the articles that hold them (search.py: Reader.resolve, the same
     steps and the same files): a term that finds nothing is read in simplified characters
     where that changes it; if then no article holds every term, an unquoted term that finds
     nothing is searched as the words it is made of, the parts the index marks as whole jieba
     words somewhere in the archive. Excluded terms then leave their articles out. */
  function resolve(terms) {
    var include = terms.filter(function (t) { return !t.exclude; });
    var words = include.map(function (t) { return t.text; });
    var notes = {simplified: [], split: []};
    var hits;
    return Promise.all(words.map(termHits)).then(function (found) {
      hits = found;
      if (hits.every(function (h) { return h.size; })) return null;
      return load("t2s.js").then(function (pairs) {
        var changed = [];
        words.forEach(function (word, n) {
          if (!hits[n].size && simplified(word, pairs) !== word) {
            words[n] = simplified(word, pairs);
            changed.push(n);
            notes.simplified.push(words[n]);
          }
        });
        return sequence(changed, function (n) { return termHits(words[n]).then(function (h) { hits[n] = h; }); });
      });
    }).then(function () {
      var docs = intersection(hits);
      if (docs.length) return docs;
      var splitWords = [], splitHits = [];
      return sequence(include.map(function (_, n) { return n; }), function (n) {
        var word = words[n];
        if (hits[n].size || include[n].quoted || word.length < 4 || word.length > SPLIT_LIMIT) {
          return Promise.resolve(add([word], [hits[n]]));
        }
        var parts = splitCandidates(word);
        return Promise.all(parts.map(termHits)).then(function (found) {
          var whole = new Set(), byPart = new Map();
          parts.forEach(function (part, k) {
            byPart.set(part, found[k]);
            found[k].forEach(function (h) { if (h[2]) whole.add(part); });
          });
          var split = bestSplit(word, whole);
          if (!split) return add([word], [hits[n]]);
          notes.split = notes.split.concat(split);
          add(split, split.map(function (part) { return byPart.get(part); }));
        });
      }).then(function () {
        if (!notes.split.length) return docs;
        words = splitWords;
        hits = splitHits;
        return intersection(hits);
      });
      function add(list, lists) {
        list.forEach(function (word, k) {
          if (splitWords.indexOf(word) < 0) { splitWords.push(word); splitHits.push(lists[k]); }
        });
      }
    }).then(function (docs) {
      var excluded = terms.filter(function (t) { return t.exclude; });
      return sequence(excluded, function (term) {
        return termHits(term.text).then(function (h) { docs = docs.filter(function (doc) { return !h.has(doc); }); });
      }).then(function () { return {words: words, perTerm: hits, docs: docs, notes: notes}; });
    });
  }

  function sequence(items, step) {  // step(item) for each item, one after the other (the twin's load order)
    return items.reduce(function (done, item) { return done.then(function () { return step(item); }); }, Promise.resolve());
  }

  function cost(key) {  // bytes to download before a key's postings are known
    var total = 0;
    levels().forEach(function (level) {
      if (files[postingsPath(key, level)]) return;
      var heavy = level.layout.heavy;
      total += Object.prototype.hasOwnProperty.call(heavy, key) ? heavy[key] : level.layout.shardBytes;
    });
    return total;
  }

  function cover(term) {  // the cheapest chain of bigrams covering every character (see search.py: cover)
    if (term.length === 1) return [{key: term, offset: 0}];
    var last = term.length - 2, best = [], step = [];
    best[last] = cost(term.substr(last, 2));
    for (var o = last - 1; o >= 0; o--) {
      var choice = o + 2 <= last && best[o + 2] <= best[o + 1] ? o + 2 : o + 1;
      step[o] = choice;
      best[o] = cost(term.substr(o, 2)) + best[choice];
    }
    var offsets = [0];
    while (offsets[offsets.length - 1] !== last) offsets.push(step[offsets[offsets.length - 1]]);
    return offsets.map(function (o) { return {key: term.substr(o, 2), offset: o}; });
  }

  function positions(lists) {  // doc → [value, …] where value = position << 2 | flags, over the levels' lists
    var out = new Map();
    lists.forEach(function (text) {
      var values = dec(text), doc = 0, i = 0;
      while (i < values.length) {
        doc += values[i];
        var count = values[i + 1], value = 0, list = new Array(count);
        for (var j = 0; j < count; j++) { value += values[i + 2 + j]; list[j] = value; }
        out.set(doc, list);
        i += 2 + count;
      }
    });
    return out;
  }

  function termHits(term) {  // → Map doc → [occurrences, in the head, whole-word, positions from headSpan on]
    var keys = cover(term);
    return Promise.all(keys.map(function (k) { return postings(k.key); })).then(function (lists) {
      var hits = new Map();
      if (term.length === 1) {
        lists[0].forEach(function (text) {
          var values = dec(text), doc = 0;
          for (var i = 0; i < values.length; i += 3) {
            doc += values[i];
            hits.set(doc, [values[i + 1], values[i + 2], 0, null]);  // a character's list has no positions
          }
        });
        return hits;
      }
      var decoded = lists.map(positions);
      var smallest = decoded.reduce(function (a, b) { return b.size < a.size ? b : a; });
      var docs = [];
      smallest.forEach(function (_, doc) {
        if (decoded.every(function (d) { return d.has(doc); })) docs.push(doc);
      });
      docs.sort(function (a, b) { return a - b; });
      docs.forEach(function (doc) {
        var others = [];
        for (var k = 1; k < decoded.length; k++) {
          var table = new Map();
          decoded[k].get(doc).forEach(function (value) { table.set(value >> 2, value & 3); });
          others.push({table: table, offset: keys[k].offset});
        }
        var count = 0, head = 0, whole = 0, later = [];
        decoded[0].get(doc).forEach(function (value) {
          var position = value >> 2, flags = value & 3;
          for (var k = 0; k < others.length; k++) {
            if (!others[k].table.has(position + others[k].offset)) return;
          }
          count += 1;
          if (position < meta.headSpan) head += 1;
          else later.push(position);
          var last = others.length ? others[others.length - 1] : null;
          var end = last ? last.table.get(position + last.offset) : flags;
          if ((flags & 2) && (end & 1)) whole += 1;
        });
        if (count) hits.set(doc, [count, head, whole, later]);
      });
      return hits;
    });
  }

  function facetRows(docs) {  // → Map doc → [paper, year, topics, places, kind, day, authors]
    var blocks = [];
    docs.forEach(function (doc) {
      var block = Math.floor(doc / meta.facetBlock);
      if (blocks.indexOf(block) < 0) blocks.push(block);
    });
    blocks.sort(function (a, b) { return a - b; });
    return Promise.all(blocks.map(function (block) { return load("facets/" + block + ".js"); })).then(function (texts) {
      var rows = new Map();
      texts.forEach(function (text, n) {
        var values = dec(text), i = 0, doc = blocks[n] * meta.facetBlock;
        while (i < values.length) {
          var paper = values[i] - 1, year = values[i + 1] - 1, kind = values[i + 2] - 1, day = values[i + 3];
          i += 4;
          var lists = [];
          for (var k = 0; k < 3; k++) {  // topics, places, authors
            lists.push(values.slice(i + 1, i + 1 + values[i]));
            i += 1 + values[i];
          }
          rows.set(doc, [paper, year, lists[0], lists[1], kind, day, lists[2]]);
          doc += 1;
        }
      });
      return rows;
    });
  }

  /* --- state, URL, running a query ------------------------------------------------------------ */
  var state = {q: "", paper: "", year: "", kind: "", author: "", place: "", topic: "", from: "", to: "", sort: ""};
  var FILTER_NAMES = FILTERS.map(function (f) { return f.name; }).concat(RANGE.map(function (r) { return r.name; }));
  var current = null;   // the last completed search
  var faceted = false;  // the reader opened the filters: every later search loads the facets too
  var serial = 0;
  var shown = 0;

  function readUrl() {
    var params = new URLSearchParams(location.search);
    Object.keys(state).forEach(function (name) { state[name] = params.get(name) || ""; });
  }

  function writeUrl() {
    var params = new URLSearchParams();
    Object.keys(state).forEach(function (name) { if (state[name]) params.set(name, state[name]); });
    var query = params.toString();
    try {
      history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
    } catch (e) { /* some file:// contexts refuse; the results still show */ }
  }

  function matches(row, filter, index) {
    var value = row[filter.slot];
    return filter.multi ? value.indexOf(index) >= 0 : value === index;
  }

  function run() {
    var mine = ++serial;
    var terms = parse(state.q);
    root.setAttribute("data-search-state", "loading");
    if (!terms.length) {
      current = null;
      render(mine, null);
      return Promise.resolve();
    }
    if (terms.every(function (t) { return t.exclude; })) {
      current = null;
      render(mine, null, "只有排除词：请再输入至少一个要查找的词，如 “碳达峰 -试点”。");
      return Promise.resolve();
    }
    setStatus("正在检索…");
    return load("meta.js").then(function (value) {
      meta = value;
      return resolve(terms);
    }).then(function (result) {
      result.terms = result.words;
      return wantsFacets() ? withFacets(result) : result;
    }).then(function (result) {
      if (mine !== serial) return;
      current = result;
      render(mine, result);
    }).catch(function (error) {
      if (mine !== serial) return;
      root.setAttribute("data-search-state", "error");
      setStatus("索引载入失败（" + error.message + "），请刷新页面重试。");
    });
  }

  /* The facets (newspaper, year, kind, date, topics, places, authors of each article) are what
     the filters and the sort by date read: a search loads them (the blocks of its articles, and
     the vocabularies) only when a filter or sort is in force or the reader has opened the
     filters on this page (search.py: Reader.search, `faceted`). */
  function wantsFacets() {
    return faceted || !!state.sort || FILTER_NAMES.some(function (name) { return state[name]; });
  }

  function withFacets(result) {
    return Promise.all([facetRows(result.docs), load("vocabularies.js")]).then(function (loaded) {
      result.rows = loaded[0];
      vocabularies = loaded[1];
      return result;
    });
  }

  function filtered(result, except) {
    if (!result.rows) return result.docs.slice();  // no filter is in force (wantsFacets)
    var wanted = FILTERS.map(function (filter) {
      if (filter.name === except || !state[filter.name]) return null;
      var index = vocabularies[filter.vocabulary].indexOf(state[filter.name]);
      return {filter: filter, index: index < 0 ? -2 : index};  // an unknown value matches nothing
    }).filter(Boolean);
    var low = except === "range" ? 0 : dayNumber(state.from), high = except === "range" ? 0 : dayNumber(state.to);
    return result.docs.filter(function (doc) {
      var row = result.rows.get(doc);
      if ((low || high) && !(row[5] && row[5] >= low && (!high || row[5] <= high))) return false;
      return wanted.every(function (w) { return matches(row, w.filter, w.index); });
    });
  }

  function rank(result, docs) {  // search.py: Reader.search
    var key = new Map();
    docs.forEach(function (doc) {
      var heads = 0, weight = 0;
      result.perTerm.forEach(function (hits) {
        var h = hits.get(doc);
        if (h[1] > 0) heads += 1;
        weight += h[0] + h[2];
      });
      key.set(doc, [heads, weight]);
    });
    var ranked = docs.slice().sort(function (a, b) {
      var x = key.get(a), y = key.get(b);
      return (y[0] - x[0]) || (y[1] - x[1]) || (a - b);
    });
    if (!result.rows || (state.sort !== "new" && state.sort !== "old")) return ranked;
    var sign = state.sort === "new" ? -1 : 1, place = new Map();
    ranked.forEach(function (doc, n) { place.set(doc, n); });
    return ranked.sort(function (a, b) {  // undated articles last; relevance within a day
      var x = result.rows.get(a)[5], y = result.rows.get(b)[5];
      return (!x - !y) || sign * (x - y) || (place.get(a) - place.get(b));
    });
  }

  /* --- drawing: every text through textContent ------------------------------------------------ */
  function setStatus(text) { status.textContent = text; }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function render(mine, result, message) {
    clear(list);
    more.hidden = true;
    shown = 0;
    drawNotice(result);
    drawActive(result);
    if (!result) {
      filtersBox.hidden = true;
      setStatus(message || "输入词语开始检索：空格、逗号或顿号分隔的词须同时出现，引号内的文字按完整短语检索，“-词”排除含有该词的文章。");
      root.setAttribute("data-search-state", "idle");
      return;
    }
    drawFilters(result);
    var docs = rank(result, filtered(result, null));
    result.ranked = docs;
    if (!docs.length) {
      setStatus(result.docs.length ? "筛选条件下没有结果（未筛选时有 " + result.docs.length + " 篇）。" :
        "没有找到包含“" + state.q.trim() + "”的文章。");
      root.setAttribute("data-search-state", "done");
      root.setAttribute("data-search-total", "0");
      return;
    }
    setStatus("找到 " + docs.length + " 篇" + (docs.length < result.docs.length ? "（已筛选，共 " + result.docs.length + " 篇）" : "") + "。");
    root.setAttribute("data-search-total", String(docs.length));
    showMore(mine);
  }

  function showMore(mine) {
    var result = current;
    var page = result.ranked.slice(shown, shown + meta.pageSize);
    shown += page.length;
    root.setAttribute("data-search-state", "loading");
    return Promise.all(page.map(function (doc) {
      return load("docs/" + doc + ".js").then(function (entry) {
        var hits = result.perTerm.map(function (perTerm) { return perTerm.get(doc); });
        return snippetOf(doc, entry, hits, result.terms).then(function (snippet) { return [entry, snippet]; });
      });
    })).then(function (entries) {
      if (mine !== serial || result !== current) return;
      entries.forEach(function (pair) { list.appendChild(drawResult(pair[0], pair[1], result.terms)); });
      more.hidden = shown >= result.ranked.length;
      root.setAttribute("data-search-state", "done");
    }).catch(function (error) {
      if (mine !== serial) return;
      root.setAttribute("data-search-state", "error");
      setStatus("结果载入失败（" + error.message + "）。");
    });
  }

  /* The article opens at its first paragraph holding a searched word (article.js reads the
     words from the fragment: #search=劳务%0A输转: the words, one a line). */
  function articleHref(entry, terms) {
    var url = entry.url;
    if (!directoryUrls) url = url.replace(/\/$/, ".html");
    return siteBase + url + "#search=" + encodeURIComponent(terms.join("\n"));
  }

  function occurrences(text, terms) {  // merged [start, end) intervals of every term in text
    var folded = fold(text), spans = [];
    terms.forEach(function (term) {
      var at = folded.indexOf(term);
      while (at >= 0) { spans.push([at, at + term.length]); at = folded.indexOf(term, at + 1); }
    });
    spans.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    var merged = [];
    spans.forEach(function (span) {
      var last = merged[merged.length - 1];
      if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
      else merged.push(span.slice());
    });
    return merged;
  }

  function marked(node, text, spans, from, to) {
    var at = from;
    spans.forEach(function (span) {
      var start = Math.max(span[0], from), end = Math.min(span[1], to);
      if (end <= start) return;
      if (start > at) node.appendChild(document.createTextNode(text.slice(at, start)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(start, end);
      node.appendChild(mark);
      at = end;
    });
    if (at < to) node.appendChild(document.createTextNode(text.slice(at, to)));
    return node;
  }

  function formatDate(date) {
    var parts = (date || "").split("-");
    if (parts.length === 3) return parts[0] + "年" + Number(parts[1]) + "月" + Number(parts[2]) + "日";
    if (parts.length === 2) return parts[0] + "年" + Number(parts[1]) + "月";
    return date || "";
  }

  /* The snippet: from the first occurrence of any term in the text (snippetLead units before it).
     A text longer than one chunk is in chunk files; a result loads the one that holds the
     first occurrence, which the positions in the postings tell (chunk by chunk when a term is
     one character, whose list has none). No occurrence in the text: the head, if it holds
     one (a hit in kicker or subtitle), else the text's beginning. Mirrors search.py's
     Reader.snippet. */
  function chunkStart(number) { return Math.max(0, number * meta.textChunk - meta.snippetLead); }

  function snippetOf(doc, entry, hits, terms) {
    var size = meta.textChunk, count = entry.chunks;
    function chunk(number) {
      return count === 1 ? Promise.resolve(entry.text) : load("docs/" + doc + "-" + number + ".js");
    }
    function firstIn(number, text) {
      var start = chunkStart(number), spans = occurrences(text, terms);
      for (var i = 0; i < spans.length; i++) {
        var at = start + spans[i][0];
        if (at >= number * size && (at < (number + 1) * size || number === count - 1)) return spans[i][0];
      }
      return -1;
    }
    function shown(text, start, length, at) {
      var from = Math.max(0, at - meta.snippetLead), to = Math.min(text.length, from + meta.snippetWidth);
      return {text: text.replace(/\n/g, " "), from: from, to: to, before: start + from > 0, after: start + to < length};
    }
    var candidates = [];
    if (hits.every(function (h) { return h[3] !== null; })) {
      var base = Math.max(meta.headSpan, entry.head.length + 1), first = Infinity;
      hits.forEach(function (h) { h[3].forEach(function (p) { if (p >= base && p - base < first) first = p - base; }); });
      if (first !== Infinity) candidates = [Math.min(Math.floor(first / size), count - 1)];
    } else {
      for (var k = 0; k < count; k++) candidates.push(k);
    }
    function next(i) {
      if (i < candidates.length) {
        return chunk(candidates[i]).then(function (text) {
          var at = firstIn(candidates[i], text);
          return at >= 0 ? shown(text, chunkStart(candidates[i]), entry.length, at) : next(i + 1);
        });
      }
      var head = entry.head;
      if (head && head !== entry.title && occurrences(head, terms).length) {
        return Promise.resolve(shown(head, 0, head.length, occurrences(head, terms)[0][0]));
      }
      return chunk(0).then(function (text) { return shown(text, 0, entry.length, 0); });
    }
    return next(0);
  }

  function drawResult(entry, shown, terms) {
    var item = document.createElement("li");
    item.className = "archive-search__result";
    var link = document.createElement("a");
    link.className = "archive-search__title";
    link.href = articleHref(entry, terms);
    marked(link, entry.title, occurrences(entry.title, terms), 0, entry.title.length);
    item.appendChild(link);

    var facts = [formatDate(entry.date), entry.paper, entry.kind].filter(Boolean);
    if (facts.length) {
      var line = document.createElement("div");
      line.className = "archive-search__meta";
      line.textContent = facts.join(" · ");
      item.appendChild(line);
    }

    var snippet = document.createElement("p");
    snippet.className = "archive-search__snippet";
    if (shown.before) snippet.appendChild(document.createTextNode("…"));
    marked(snippet, shown.text, occurrences(shown.text, terms), shown.from, shown.to);
    if (shown.after) snippet.appendChild(document.createTextNode("…"));
    item.appendChild(snippet);
    return item;
  }

  /* Before the facets are loaded, one button in place of the filters: it loads them and draws
     the filters in its place, keeping the results as shown (no filter is in force yet). */
  function drawFilterButton(result) {
    clear(filtersBox);
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-button archive-search__open-filters";
    button.setAttribute("data-search-open-filters", "");
    button.textContent = "筛选与排序";
    button.addEventListener("click", function () {
      faceted = true;
      button.disabled = true;
      button.textContent = "正在载入筛选条件…";
      withFacets(result).then(function () {
        if (result !== current) return;
        drawFilters(result);
        var first = filtersBox.querySelector("select, input");
        if (first) first.focus();
      }).catch(function (error) {
        button.disabled = false;
        button.textContent = "筛选与排序";
        setStatus("筛选条件载入失败（" + error.message + "）。");
      });
    });
    filtersBox.appendChild(button);
    filtersBox.hidden = !result.docs.length;
  }

  function drawFilters(result) {
    if (!result.rows) return drawFilterButton(result);
    clear(filtersBox);
    var any = false;
    FILTERS.forEach(function (filter) {
      var vocabulary = vocabularies[filter.vocabulary];
      var counts = new Map();
      filtered(result, filter.name).forEach(function (doc) {
        var value = result.rows.get(doc)[filter.slot];
        (filter.multi ? value : [value]).forEach(function (index) {
          if (index >= 0) counts.set(index, (counts.get(index) || 0) + 1);
        });
      });
      var options = Array.from(counts.keys()).sort(function (a, b) {
        return (counts.get(b) - counts.get(a)) || (vocabulary[a] < vocabulary[b] ? -1 : 1);
      });
      var chosen = vocabulary.indexOf(state[filter.name]);
      if (state[filter.name] && chosen >= 0 && options.indexOf(chosen) < 0) options.unshift(chosen);
      if (!options.length) return;
      any = true;
      var label = document.createElement("label");
      label.className = "archive-search__filter";
      var caption = document.createElement("span");
      caption.textContent = filter.label;
      label.appendChild(caption);
      var select = document.createElement("select");
      select.name = filter.name;
      select.setAttribute("data-search-filter", filter.name);
      var all = document.createElement("option");
      all.value = "";
      all.textContent = filter.all;
      select.appendChild(all);
      options.forEach(function (index) {
        var option = document.createElement("option");
        option.value = vocabulary[index];
        option.textContent = vocabulary[index] + "（" + (counts.get(index) || 0) + "）";
        if (vocabulary[index] === state[filter.name]) option.selected = true;
        select.appendChild(option);
      });
      select.addEventListener("change", function () { change(filter.name, select.value); });
      label.appendChild(select);
      filtersBox.appendChild(label);
    });
    var dated = filtered(result, "range").some(function (doc) { return result.rows.get(doc)[5]; });
    if (dated || state.from || state.to) {
      any = true;
      RANGE.forEach(function (range) {
        var label = document.createElement("label");
        label.className = "archive-search__filter";
        var caption = document.createElement("span");
        caption.textContent = range.label;
        label.appendChild(caption);
        var box = document.createElement("input");
        box.type = "date";
        box.name = range.name;
        box.value = state[range.name];
        box.setAttribute("data-search-filter", range.name);
        box.setAttribute("aria-label", "日期" + range.label);
        box.addEventListener("change", function () { change(range.name, box.value); });
        label.appendChild(box);
        filtersBox.appendChild(label);
      });
    }
    var label = document.createElement("label");
    label.className = "archive-search__filter";
    var caption = document.createElement("span");
    caption.textContent = "排序";
    label.appendChild(caption);
    var order = document.createElement("select");
    order.name = "sort";
    order.setAttribute("data-search-sort", "");
    SORTS.forEach(function (sort) {
      var option = document.createElement("option");
      option.value = sort.value;
      option.textContent = sort.label;
      if (sort.value === state.sort) option.selected = true;
      order.appendChild(option);
    });
    order.addEventListener("change", function () { change("sort", order.value); });
    label.appendChild(order);
    filtersBox.appendChild(label);
    filtersBox.hidden = !any && !result.docs.length;
  }

  function change(name, value) {
    state[name] = value;
    writeUrl();
    if (current) render(serial, current);
  }

  /* Filters in force, each named, with one button that clears them all: a filter chosen for an
     earlier query stays in force (and in the address) until it is cleared. */
  function drawActive(result) {
    clear(activeBox);
    var parts = [];
    FILTERS.forEach(function (filter) { if (state[filter.name]) parts.push(filter.label + "：" + state[filter.name]); });
    if (state.from || state.to) parts.push("日期：" + (state.from || "…") + " 至 " + (state.to || "…"));
    activeBox.hidden = !parts.length || !result;
    if (activeBox.hidden) return;
    var text = document.createElement("span");
    text.textContent = "已筛选（" + parts.join("；") + "）";
    activeBox.appendChild(text);
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-button archive-search__clear";
    button.setAttribute("data-search-clear", "");
    button.textContent = "清除筛选";
    button.addEventListener("click", function () {
      FILTER_NAMES.forEach(function (name) { state[name] = ""; });
      writeUrl();
      if (current) render(serial, current);
      input.focus();
    });
    activeBox.appendChild(button);
  }

  /* What was searched for when it is not what was typed. */
  function drawNotice(result) {
    var lines = [];
    if (result && result.notes.split.length) lines.push("未找到完整短语，以下结果同时包含：" + result.words.join("、"));
    if (result && result.notes.simplified.length) lines.push("已按简体字检索：" + result.notes.simplified.join("、"));
    var excluded = parse(state.q).filter(function (t) { return t.exclude; }).map(function (t) { return t.text; });
    if (result && excluded.length) lines.push("已排除含有以下词语的文章：" + excluded.join("、"));
    notice.textContent = lines.join("\n");
    notice.hidden = !lines.length;
  }


  /* --- wiring ------------------------------------------------------------------------------------- */
  var timer = null;
  input.addEventListener("compositionend", function () {  // an input method has produced the characters
    input.dispatchEvent(new Event("input"));
  });
  input.addEventListener("input", function (event) {
    if (event.isComposing) return;  // pinyin still being typed: wait for the characters
    clearTimeout(timer);
    timer = setTimeout(function () {
      if (state.q === input.value) return;
      state.q = input.value;
      writeUrl();
      run();
    }, 200);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    state.q = input.value;
    writeUrl();
    run();
  });
  more.addEventListener("click", function () { if (current) showMore(serial); });

  readUrl();
  input.value = state.q;
  run();
})();
