// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // Selecting a sentence highlights every sentence of the same passage on the page.
  function highlightPassage(passageId) {
    document.querySelectorAll(".s.is-active").forEach(function (element) {
      element.classList.remove("is-active");
    });
    if (!passageId) {
      return;
    }
    document.querySelectorAll('.s[data-passage="' + CSS.escape(passageId) + '"]').forEach(function (element) {
      element.classList.add("is-active");
    });
  }

  function wireSentences() {
    document.addEventListener("click", function (event) {
      if (!(event.target instanceof Element) || event.target.closest("a")) {
        return;
      }
      var sentence = event.target.closest(".s[data-passage]");
      highlightPassage(sentence ? sentence.getAttribute("data-passage") : null);
    });
  }

  // The pair pages already exist as links; the pickers only find the right one.
  function pairLink(left, right) {
    var links = document.querySelectorAll("a[data-left][data-right]");
    for (var i = 0; i < links.length; i += 1) {
      var a = links[i].getAttribute("data-left");
      var b = links[i].getAttribute("data-right");
      if ((a === left && b === right) || (a === right && b === left)) {
        return links[i];
      }
    }
    return null;
  }

  function wirePicker(form) {
    var message = form.querySelector(".picker-message");
    function go() {
      var left = form.elements.namedItem("left").value;
      var right = form.elements.namedItem("right").value;
      if (left === right) {
        message.textContent = "Pick two different sources.";
        return;
      }
      var link = pairLink(left, right);
      if (link && link.getAttribute("aria-current") !== "page") {
        window.location.href = link.href;
      }
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      go();
    });
    form.addEventListener("change", function () {
      message.textContent = "";
      go();
    });
    form.hidden = false;
  }

  wireSentences();
  document.querySelectorAll("form[data-pair-picker]").forEach(wirePicker);
})();
