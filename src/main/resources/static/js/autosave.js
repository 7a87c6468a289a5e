// Keeps what a reporter types in the browser until the server has it, so that nothing typed is lost
// when the session expires or the network drops: typed values are kept in localStorage per form, and
// restored into the form on the next visit; a successful save clears them.
(function () {
  "use strict";
  var PREFIX = "qinglian-draft:";

  function keyOf(form) {
    return PREFIX + (form.getAttribute("hx-post") || form.getAttribute("action"));
  }

  function fieldsOf(form) {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.name && el.name !== "version" && el.name !== "_csrf" && el.type !== "file" && el.type !== "submit";
    });
  }

  function remember(form) {
    var values = {};
    fieldsOf(form).forEach(function (el) { values[el.name] = el.value; });
    try { localStorage.setItem(keyOf(form), JSON.stringify(values)); } catch (e) { /* storage full or off */ }
  }

  function restore(form) {
    var stored;
    try { stored = JSON.parse(localStorage.getItem(keyOf(form)) || "null"); } catch (e) { stored = null; }
    if (!stored) { return; }
    var changed = false;
    fieldsOf(form).forEach(function (el) {
      if (Object.prototype.hasOwnProperty.call(stored, el.name) && stored[el.name] !== el.value) {
        el.value = stored[el.name];
        changed = true;
      }
    });
    if (changed) {
      form.classList.add("draft-restored");
      var note = form.querySelector(".draft-note");
      if (note) { note.hidden = false; }
    }
  }

  function forms(root) {
    return (root || document).querySelectorAll("form.autosave");
  }

  document.addEventListener("input", function (event) {
    var form = event.target.closest && event.target.closest("form.autosave");
    if (form) { remember(form); }
  });

  // A refused save answers 422 (an edit clash 409) with the editor and its message beside the field: show it
  // like any answer. A whole error page (e.g. a finalized campaign) is not swapped into an editor.
  document.addEventListener("htmx:beforeSwap", function (event) {
    var xhr = event.detail.xhr;
    if (xhr && (xhr.status === 422 || xhr.status === 409) && !/<html[\s>]/i.test(xhr.responseText)) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  document.addEventListener("htmx:beforeSwap", function (event) {
    var xhr = event.detail.xhr;
    // An expired session answers with the sign-in page: keep the editor and the typed text instead.
    if (xhr && xhr.responseURL && /\/login(\?|$)/.test(xhr.responseURL)) {
      event.detail.shouldSwap = false;
      var banner = document.getElementById("session-expired");
      if (banner) { banner.hidden = false; }
      return;
    }
    var form = event.detail.requestConfig && event.detail.requestConfig.elt;
    if (form && form.classList && form.classList.contains("autosave") && xhr.status === 200
        && xhr.responseText.indexOf("save-state") >= 0) {
      try { localStorage.removeItem(keyOf(form)); } catch (e) { /* ignore */ }
    }
  });

  document.addEventListener("htmx:afterSwap", function (event) {
    Array.prototype.forEach.call(forms(), restore);
  });

  // Signing out removes every draft from this browser: the next person at a shared computer must not find
  // them (the sign-out response also asks the browser to clear the site's storage with Clear-Site-Data).
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form && form.classList && form.classList.contains("sign-out")) {
      try {
        for (var i = localStorage.length - 1; i >= 0; i--) {
          var key = localStorage.key(i);
          if (key && key.indexOf(PREFIX) === 0) { localStorage.removeItem(key); }
        }
      } catch (e) { /* storage off */ }
    }
  });

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(forms(), restore);
  });
})();
