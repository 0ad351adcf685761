// Search over the prebuilt index (search-index.json and per-story shards, written by site_builder/search.py), in the browser.
// Every piece of text from the index goes into the page as text, never as markup.
(function () {
  "use strict";

  var LIMIT = 50;
  var KIND_WEIGHT = { story: 40, source: 30, quote: 20, disagreement: 15, sentence: 10 };

  var form = document.querySelector("form[data-search]");
  var status = document.querySelector("[data-search-status]");
  var list = document.querySelector("[data-search-results]");
  if (!form || !status || !list) {
    return;
  }
  var input = form.elements.namedItem("q");
  var CONCURRENT_SHARDS = 6;
  var index = null; // search-index.json: stories, sources and the vocabulary
  var vocabulary = null;
  var records = null; // stories and sources, then each loaded shard's quotes and sentences
  var shards = {}; // story number -> true once its shard is in records, or a pending promise
  var latest = 0;

  // Case, accents and curly quotes do not matter: "Zelenskiy" finds "zelenskiy", "dont" finds "don’t".
  // site_builder/search.py folds the same way to list each story's words.
  function fold(text) {
    return text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .replace(/[\u201c\u201d\u201e]/g, '"')
      .toLowerCase();
  }

  // Records sort by story, then in the story's order: itself, its sources, its quotes, its disagreements, its sentences.
  function add(story, seq, kind, text, href, context) {
    records.push({ kind: kind, text: text, href: href, context: context, folded: fold(text), story: story, seq: seq });
  }

  function load(data) {
    index = data;
    vocabulary = data.words ? data.words.split(" ") : [];
    records = [];
    data.stories.forEach(function (story, number) {
      add(number, 0, "story", story.title, story.page, "Story");
      story.sources.forEach(function (source, position) {
        add(number, 1 + position, "source", source[0] + (source[1] ? ": " + source[1] : ""), source[2], "Source · " + story.title);
      });
    });
  }

  function loadShard(number, data) {
    var story = index.stories[number];
    var seq = 1 + story.sources.length;
    data.quotes.forEach(function (quote) {
      var speaker = quote[1] || "Unattributed";
      var carriers = quote[3].map(function (position) {
        return story.sources[position][0];
      });
      add(
        number,
        seq++,
        "quote",
        speaker + ": “" + quote[2] + "”",
        story.quotes_page + "#quote-" + quote[0],
        "Quote · " + carriers.length + (carriers.length === 1 ? " source" : " sources") + " · " + story.title
      );
    });
    (data.disagreements || []).forEach(function (disagreement) {
      add(number, seq++, "disagreement", disagreement[0], disagreement[1], "Where the outlets disagree · " + story.title);
    });
    data.sentences.forEach(function (sentence) {
      var source = story.sources[sentence[0]];
      add(number, seq++, "sentence", sentence[2], source[2] + "#" + sentence[1], source[0] + " · " + story.title);
    });
  }

  // Story numbers in a posting list: base-36 "gap" or "gap+run" items (see search.py).
  function decodePostings(text, into) {
    var previous = -1;
    text.split(",").forEach(function (item) {
      var parts = item.split("+");
      var start = previous + 1 + parseInt(parts[0], 36);
      var extra = parts.length > 1 ? parseInt(parts[1], 36) : 0;
      for (var k = 0; k <= extra; k += 1) {
        into[start + k] = true;
      }
      previous = start + extra;
    });
  }

  // The stories whose quotes or sentences may hold every word: each word occurs inside one of the story's words.
  function candidates(words) {
    var found = null;
    words.forEach(function (word) {
      var stories = {};
      for (var i = 0; i < vocabulary.length; i += 1) {
        if (vocabulary[i].indexOf(word) >= 0) {
          decodePostings(index.postings[i], stories);
        }
      }
      if (found === null) {
        found = stories;
      } else {
        Object.keys(found).forEach(function (number) {
          if (!stories[number]) {
            delete found[number];
          }
        });
      }
    });
    return Object.keys(found || {}).map(Number);
  }

  function fetchShard(number) {
    if (!shards[number]) {
      shards[number] = fetch(index.stories[number].shard)
        .then(function (response) {
          if (!response.ok) {
            throw new Error("HTTP " + response.status);
          }
          return response.json();
        })
        .then(function (data) {
          loadShard(number, data);
          shards[number] = true;
        }, function (error) {
          delete shards[number];
          throw error;
        });
    }
    return shards[number] === true ? Promise.resolve() : shards[number];
  }

  // Loads the shards a query needs, a few at a time.
  function fetchShards(numbers, progress) {
    var queue = numbers.filter(function (number) {
      return shards[number] !== true;
    });
    var done = 0;
    function next() {
      var number = queue.shift();
      if (number === undefined) {
        return Promise.resolve();
      }
      return fetchShard(number).then(function () {
        done += 1;
        progress(done, numbers.length);
        return next();
      });
    }
    var workers = [];
    for (var k = 0; k < Math.min(CONCURRENT_SHARDS, queue.length); k += 1) {
      workers.push(next());
    }
    return Promise.all(workers);
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

  var shownQuery = null;

  function show(query) {
    // Redrawing the same results would pull a link away from under a reader's click.
    if (query === shownQuery) {
      return;
    }
    shownQuery = query;
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
      return b[0] - a[0] || a[1].story - b[1].story || a[1].seq - b[1].seq;
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

  function failed() {
    form.hidden = true;
    status.textContent =
      "The search index could not be loaded. Browsers block it on pages opened straight from a file; " +
      "serve the site (for example with site-builder serve) or browse the list of stories.";
  }

  function run(query, remember) {
    if (remember) {
      var address = query.trim() ? "?q=" + encodeURIComponent(query.trim()) : window.location.pathname;
      window.history.replaceState(null, "", address);
    }
    if (!records) {
      return;
    }
    var ticket = (latest += 1);
    var needed = candidates(terms(query));
    var waiting = needed.filter(function (number) {
      return shards[number] !== true;
    });
    if (!waiting.length) {
      show(query);
      return;
    }
    status.textContent = "Searching…";
    fetchShards(needed, function (done, total) {
      if (ticket === latest && total > CONCURRENT_SHARDS) {
        status.textContent = "Searching " + done + " of " + total + " stories…";
      }
    }).then(function () {
      if (ticket === latest) {
        show(query);
      }
    }, failed);
  }

  var typing = null;
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    // Enter answers now; a search still pending from typing would redraw the list under the reader.
    window.clearTimeout(typing);
    run(input.value, true);
  });
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
    .catch(failed);
})();
