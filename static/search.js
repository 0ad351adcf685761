// Search over the prebuilt index (search-index.json, written by site_builder/search.py), in the browser.
// Every piece of text from the index goes into the page as text, never as markup.
(function () {
  "use strict";

  var LIMIT = 50;
  var KIND_WEIGHT = { story: 40, source: 30, quote: 20, sentence: 10 };

  var form = document.querySelector("form[data-search]");
  var status = document.querySelector("[data-search-status]");
  var list = document.querySelector("[data-search-results]");
  if (!form || !status || !list) {
    return;
  }
  var input = form.elements.namedItem("q");
  var records = null;

  // Case, accents and curly quotes do not matter: "Zelenskiy" finds "zelenskiy", "dont" finds "don’t".
  function fold(text) {
    return text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .replace(/[\u201c\u201d\u201e]/g, '"')
      .toLowerCase();
  }

  function add(kind, text, href, context) {
    var folded = fold(text);
    records.push({ kind: kind, text: text, href: href, context: context, folded: folded, order: records.length });
  }

  function load(data) {
    records = [];
    data.stories.forEach(function (story) {
      add("story", story.title, story.page, "Story");
      story.sources.forEach(function (source) {
        add("source", source[0] + (source[1] ? ": " + source[1] : ""), source[2], "Source · " + story.title);
      });
      story.quotes.forEach(function (quote) {
        var speaker = quote[1] || "Unattributed";
        var carriers = quote[3].map(function (index) {
          return story.sources[index][0];
        });
        add(
          "quote",
          speaker + ": “" + quote[2] + "”",
          story.quotes_page + "#quote-" + quote[0],
          "Quote · " + carriers.length + (carriers.length === 1 ? " source" : " sources") + " · " + story.title
        );
      });
      story.sentences.forEach(function (sentence) {
        var source = story.sources[sentence[0]];
        add("sentence", sentence[2], source[2] + "#" + sentence[1], source[0] + " · " + story.title);
      });
    });
  }

  function terms(query) {
    return fold(query)
      .split(/[\s"]+/)
      .map(function (term) {
        return term.replace(/^[^\w']+|[^\w']+$/g, "");
      })
      .filter(function (term, index, all) {
        return term && all.indexOf(term) === index;
      });
  }

  function score(record, words, phrase) {
    var total = KIND_WEIGHT[record.kind];
    for (var i = 0; i < words.length; i += 1) {
      var at = record.folded.indexOf(words[i]);
      if (at < 0) {
        return -1;
      }
      // A word that starts where a word starts counts more than one found inside another.
      total += at === 0 || /[^\w]/.test(record.folded.charAt(at - 1)) ? 3 : 1;
    }
    if (words.length > 1 && record.folded.indexOf(phrase) >= 0) {
      total += 15;
    }
    return total;
  }

  // The text with every found word wrapped in <mark>, built from text nodes.
  function marked(record, words) {
    var fragment = document.createDocumentFragment();
    var text = record.text;
    if (record.folded.length !== text.length) {
      fragment.appendChild(document.createTextNode(text));
      return fragment;
    }
    var hits = [];
    words.forEach(function (word) {
      for (var at = record.folded.indexOf(word); at >= 0; at = record.folded.indexOf(word, at + word.length)) {
        hits.push([at, at + word.length]);
      }
    });
    hits.sort(function (a, b) {
      return a[0] - b[0] || b[1] - a[1];
    });
    var position = 0;
    hits.forEach(function (hit) {
      if (hit[0] < position) {
        return;
      }
      fragment.appendChild(document.createTextNode(text.slice(position, hit[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(hit[0], hit[1]);
      fragment.appendChild(mark);
      position = hit[1];
    });
    fragment.appendChild(document.createTextNode(text.slice(position)));
    return fragment;
  }

  function show(query) {
    list.textContent = "";
    var words = terms(query);
    if (!words.length) {
      status.textContent = query.trim() ? "Type a word or two to search for." : "";
      return;
    }
    var phrase = words.join(" ");
    var found = [];
    records.forEach(function (record) {
      var value = score(record, words, phrase);
      if (value >= 0) {
        found.push([value, record]);
      }
    });
    found.sort(function (a, b) {
      return b[0] - a[0] || a[1].order - b[1].order;
    });
    found.slice(0, LIMIT).forEach(function (hit) {
      var record = hit[1];
      var item = document.createElement("li");
      item.className = "result result-" + record.kind;
      var link = document.createElement("a");
      link.href = record.href;
      link.appendChild(marked(record, words));
      var context = document.createElement("span");
      context.className = "result-context";
      context.textContent = record.context;
      item.appendChild(link);
      item.appendChild(context);
      list.appendChild(item);
    });
    var count = found.length === 1 ? "1 result" : found.length + " results";
    status.textContent =
      (found.length ? count : "Nothing found") +
      " for “" + query.trim() + "”" +
      (found.length > LIMIT ? "; showing the best " + LIMIT + "." : ".");
  }

  function run(query, remember) {
    if (remember) {
      var address = query.trim() ? "?q=" + encodeURIComponent(query.trim()) : window.location.pathname;
      window.history.replaceState(null, "", address);
    }
    if (records) {
      show(query);
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    run(input.value, true);
  });
  var typing = null;
  input.addEventListener("input", function () {
    window.clearTimeout(typing);
    typing = window.setTimeout(function () {
      run(input.value, true);
    }, 150);
  });

  input.value = new URLSearchParams(window.location.search).get("q") || "";
  form.hidden = false;
  status.textContent = "Loading the index…";
  fetch(form.getAttribute("data-index"))
    .then(function (response) {
      if (!response.ok) {
        throw new Error("HTTP " + response.status);
      }
      return response.json();
    })
    .then(function (data) {
      load(data);
      status.textContent = "";
      run(input.value, false);
    })
    .catch(function () {
      form.hidden = true;
      status.textContent =
        "The search index could not be loaded. Browsers block it on pages opened straight from a file; " +
        "serve the site (for example with site-builder serve) or browse the list of stories.";
    });
})();
