// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  var MAX_COLUMNS = 4;

  function all(selector, root) {
    return Array.prototype.slice.call((root || document).querySelectorAll(selector));
  }

  function shown(element) {
    return !element.closest("[hidden]");
  }

  // ------------------------------------------------------------ highlighting

  var activePassage = null;

  function announce(text) {
    all("[data-announce]").forEach(function (region) {
      region.textContent = text;
    });
  }

  // Selecting a sentence highlights every sentence of the same passage on the page; selecting it again clears.
  function highlightPassage(passageId) {
    all(".s.is-active").forEach(function (element) {
      element.classList.remove("is-active");
    });
    all('.s[aria-pressed="true"]').forEach(function (element) {
      element.setAttribute("aria-pressed", "false");
    });
    activePassage = passageId;
    if (!passageId) {
      announce("");
      return;
    }
    var members = all('.s[data-passage="' + CSS.escape(passageId) + '"]').filter(shown);
    var names = [];
    members.forEach(function (element) {
      element.classList.add("is-active");
      if (element.getAttribute("role") === "button") {
        element.setAttribute("aria-pressed", "true");
      }
      var side = element.closest(".cmp-cell");
      var label = side && side.querySelector(".cmp-side");
      if (label && names.indexOf(label.textContent) < 0) {
        names.push(label.textContent);
      }
    });
    if (names.length) {
      announce("Highlighted in " + names.length + " sources: " + names.join(", ") + ".");
    }
  }

  function toggle(sentence) {
    var passageId = sentence.getAttribute("data-passage");
    highlightPassage(passageId === activePassage ? null : passageId);
  }

  function wireSentences() {
    document.addEventListener("click", function (event) {
      if (!(event.target instanceof Element) || event.target.closest("a")) {
        return;
      }
      var sentence = event.target.closest(".s[data-passage]");
      if (sentence) {
        toggle(sentence);
      }
    });
    document.addEventListener("keydown", function (event) {
      if (!(event.target instanceof Element)) {
        return;
      }
      if (event.key === "Escape" && activePassage) {
        highlightPassage(null);
        return;
      }
      var sentence = event.target.closest('.s[data-passage][role="button"]');
      if (sentence && (event.key === "Enter" || event.key === " ")) {
        event.preventDefault();
        toggle(sentence);
      }
    });
  }

  // ------------------------------------------------------------- deep links

  // On load and on every change of the fragment: mark the target, light up its passage, bring it to the middle.
  function showTarget() {
    all(".is-target").forEach(function (element) {
      element.classList.remove("is-target");
    });
    var id = "";
    try {
      id = decodeURIComponent(window.location.hash.slice(1));
    } catch (error) {
      return;
    }
    var target = id && document.getElementById(id);
    if (!target || target === document.getElementById("main")) {
      return;
    }
    var cell = target.closest(".cmp-cell[data-column]");
    if (cell && !shown(cell)) {
      document.dispatchEvent(new CustomEvent("site:reveal", { detail: Number(cell.getAttribute("data-column")) }));
    }
    for (var open = target.closest("details"); open; open = open.parentElement.closest("details")) {
      open.open = true;
    }
    target.classList.add("is-target");
    if (target.matches(".s[data-passage]")) {
      highlightPassage(target.getAttribute("data-passage"));
    }
    target.scrollIntoView({ block: "center" });
  }

  // ------------------------------------------------------------ pair picker

  // The pair pages already exist as links; the pickers only find the right one.
  function pairLink(left, right) {
    var links = all("a[data-left][data-right]");
    for (var i = 0; i < links.length; i += 1) {
      var a = links[i].getAttribute("data-left");
      var b = links[i].getAttribute("data-right");
      if ((a === left && b === right) || (a === right && b === left)) {
        return links[i];
      }
    }
    return null;
  }

  function wirePairPicker(form) {
    var message = form.querySelector(".picker-message");
    var leftSelect = form.elements.namedItem("left");
    var rightSelect = form.elements.namedItem("right");
    // In a big story only some pairs have a page: offer only the partners linked from this page.
    var partial = form.hasAttribute("data-pairs-only");
    function offerPartners() {
      var left = leftSelect.value;
      var first = null;
      Array.prototype.forEach.call(rightSelect.options, function (option) {
        option.disabled = option.value === left || !pairLink(left, option.value);
        if (!option.disabled && first === null) {
          first = option;
        }
      });
      var chosen = rightSelect.options[rightSelect.selectedIndex];
      if ((!chosen || chosen.disabled) && first) {
        first.selected = true;
      }
    }
    function go() {
      var left = leftSelect.value;
      var right = rightSelect.value;
      if (left === right) {
        message.textContent = "Pick two different sources.";
        return;
      }
      var link = pairLink(left, right);
      if (!link) {
        message.textContent = "These two have no page side by side; pick one of the others offered.";
        return;
      }
      if (link.getAttribute("aria-current") !== "page") {
        window.location.href = link.href;
      }
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      go();
    });
    form.addEventListener("change", function (event) {
      message.textContent = "";
      if (partial && event.target === leftSelect) {
        // Choosing the left source only narrows the right one; the reader then picks it or presses Compare.
        offerPartners();
        return;
      }
      go();
    });
    if (partial) {
      offerPartners();
    }
    form.hidden = false;
  }

  // ---------------------------------------------------- choosing 2-4 sources

  function checkedIds(form) {
    return all('input[name="s"]', form)
      .filter(function (box) {
        return box.checked;
      })
      .map(function (box) {
        return box.value;
      });
  }

  function limitBoxes(form) {
    var full = checkedIds(form).length >= MAX_COLUMNS;
    all('input[name="s"]', form).forEach(function (box) {
      box.disabled = full && !box.checked;
    });
  }

  // Shows only the chosen columns of the grid of all sources, and only the rows they have.
  // Columns are numbered in story order, the order of the picker's boxes.
  function applyColumns(grid, ids, known) {
    var columns = ids.map(function (id) {
      return String(known.indexOf(id));
    });
    grid.classList.remove("cmp-many");
    grid.classList.toggle("cmp-wide", ids.length > 2);
    grid.style.setProperty("--cols", String(ids.length));
    all(".cmp-cell[data-column]", grid).forEach(function (cell) {
      cell.hidden = columns.indexOf(cell.getAttribute("data-column")) < 0;
    });
    all(".cmp-row:not(.cmp-head)", grid).forEach(function (row) {
      var present = all(".cmp-cell[data-column]:not(.cmp-gap)", row).filter(function (cell) {
        return !cell.hidden;
      }).length;
      row.hidden = present === 0;
      var solo = row.hasAttribute("data-row") && present < 2;
      row.classList.toggle("cmp-solo", solo);
      all(".s[data-passage]", row).forEach(function (sentence) {
        if (solo) {
          sentence.removeAttribute("role");
          sentence.removeAttribute("aria-pressed");
          sentence.setAttribute("tabindex", "-1");
        } else {
          sentence.setAttribute("role", "button");
          sentence.setAttribute("aria-pressed", sentence.classList.contains("is-active") ? "true" : "false");
          sentence.setAttribute("tabindex", "0");
        }
      });
    });
    var names = all(".cmp-head .cmp-cell", grid)
      .filter(function (cell) {
        return !cell.hidden;
      })
      .map(function (cell) {
        return cell.textContent.trim();
      });
    all("[data-columns-title]").forEach(function (title) {
      title.textContent = names.length > 1 ? names.slice(0, -1).join(", ") + " and " + names[names.length - 1] : names.join("");
    });
    if (activePassage) {
      highlightPassage(activePassage);
    }
  }

  function wireSourcesPicker(form) {
    var message = form.querySelector(".picker-message");
    var grid = document.querySelector(".compare.cmp-many");
    var boxes = all('input[name="s"]', form);
    var known = boxes.map(function (box) {
      return box.value;
    });

    function show(ids) {
      boxes.forEach(function (box) {
        box.checked = ids.indexOf(box.value) >= 0;
      });
      limitBoxes(form);
      applyColumns(grid, ids, known);
      var query = ids
        .map(function (id) {
          return "s=" + encodeURIComponent(id);
        })
        .join("&");
      window.history.replaceState(null, "", "?" + query + window.location.hash);
    }

    function chosen() {
      var ids = checkedIds(form);
      if (ids.length < 2) {
        message.textContent = "Choose at least two sources.";
        return null;
      }
      message.textContent = "";
      return ids;
    }

    form.addEventListener("change", function () {
      limitBoxes(form);
      message.textContent = checkedIds(form).length >= MAX_COLUMNS ? "Four sources is the most that fit side by side." : "";
      if (grid) {
        var ids = chosen();
        if (ids) {
          show(ids);
        }
      }
    });
    form.addEventListener("submit", function (event) {
      var ids = chosen();
      if (!ids || grid) {
        event.preventDefault();
        if (ids) {
          show(ids);
        }
        return;
      }
      if (ids.length === 2) {
        // Two sources have a page of their own, which works without JavaScript too.
        var link = pairLink(ids[0], ids[1]);
        if (link) {
          event.preventDefault();
          window.location.href = link.href;
        }
      }
      // Otherwise the form's own submission opens the grid with ?s=...&s=...
    });

    if (grid) {
      var wanted = new URLSearchParams(window.location.search).getAll("s").filter(function (id, index, list) {
        return known.indexOf(id) >= 0 && list.indexOf(id) === index;
      });
      // Opened as "all sources" (no choice in the address), the grid shows them all, as it
      // promises and as it does without JavaScript; choosing sources narrows it.
      if (wanted.length >= 2) {
        show(wanted.slice(0, MAX_COLUMNS));
      }
      document.addEventListener("site:reveal", function (event) {
        var ids = checkedIds(form);
        if (ids.length >= MAX_COLUMNS) {
          ids.pop();
        }
        ids.push(known[event.detail]);
        show(known.filter(function (id) {
          return ids.indexOf(id) >= 0;
        }));
      });
    }
    limitBoxes(form);
    form.hidden = false;
  }

  // "Add more sources" from a pair page starts the grid with that pair.
  function wireMoreLinks() {
    all("a[data-with]").forEach(function (link) {
      var ids = link.getAttribute("data-with").split(",");
      link.href = link.href.split("?")[0] + "?" + ids.map(function (id) {
        return "s=" + encodeURIComponent(id);
      }).join("&");
    });
  }

  // A table's "scroll sideways" line shows only while the table is wider than its box.
  function updateScrollHints() {
    all(".scroll-hint").forEach(function (hint) {
      var box = hint.nextElementSibling;
      if (box && box.classList.contains("table-scroll")) {
        hint.hidden = box.scrollWidth <= box.clientWidth + 1;
      }
    });
  }

  // Notes that only concern readers without JavaScript (a <noscript> would not show when a browser merely blocks scripts).
  all("[data-no-js]").forEach(function (note) {
    note.hidden = true;
  });
  wireSentences();
  all("form[data-pair-picker]").forEach(wirePairPicker);
  all("form[data-sources-picker]").forEach(wireSourcesPicker);
  wireMoreLinks();
  updateScrollHints();
  window.addEventListener("resize", updateScrollHints);
  showTarget();
  window.addEventListener("hashchange", showTarget);
})();
