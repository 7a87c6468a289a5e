// A level select with data-levels-of="ruleCode" offers only the levels of the rule chosen in that select: its
// optgroups carry data-rule. Without this script every rule's levels are offered and the server refuses a level
// of another rule (CSP: no inline code).
(function () {
  function filter(levels, rules) {
    var chosen = rules.value;
    levels.querySelectorAll('optgroup[data-rule]').forEach(function (group) {
      var mine = group.getAttribute('data-rule') === chosen;
      group.hidden = !mine;
      group.disabled = !mine;
      if (!mine && group.contains(levels.options[levels.selectedIndex])) {
        levels.value = '';
      }
    });
  }

  document.querySelectorAll('select[data-levels-of]').forEach(function (levels) {
    var rules = document.getElementById(levels.getAttribute('data-levels-of'));
    if (!rules) {
      return;
    }
    filter(levels, rules);
    rules.addEventListener('change', function () {
      filter(levels, rules);
    });
  });
})();
