// Keyboard first on the long score pages: Enter in a score moves to its comment, Enter in an evaluator's
// comment moves to the next item's score (Shift+Enter still starts a new line). Moving on is what saves:
// leaving a field fires its change, which htmx posts. Enter never submits a whole form by itself.
(function () {
  "use strict";

  function scoreFields() {
    return Array.prototype.slice.call(document.querySelectorAll("input.score-field"));
  }

  function focusField(field) {
    if (field) {
      field.focus();
      if (field.select) { field.select(); }
      field.scrollIntoView({ block: "center" });
    }
  }

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" || event.isComposing) { return; }
    var target = event.target;
    if (!target.classList) { return; }
    if (target.classList.contains("score-field")) {
      event.preventDefault();
      var form = target.form;
      focusField(form && (form.querySelector("textarea.comment-field") || form.querySelector("textarea")));
    } else if (target.classList.contains("comment-field") && !event.shiftKey) {
      event.preventDefault();
      var own = target.form && target.form.querySelector("input.score-field");
      var fields = scoreFields();
      focusField(fields[fields.indexOf(own) + 1]);
    }
  });
})();
