// The campaign form's settings: one spare row at a time with 添加, rows removed by emptying them, only the chosen
// rubric's rules offered, the grade field only for effects that need one, and the YAML mode chosen once the YAML
// is edited. Without this script every row and field is simply shown.
(function () {
  var section = document.getElementById('settings-section');
  if (!section) {
    return;
  }

  function rowsOf(name) {
    var box = section.querySelector('[data-rows="' + name + '"]');
    return box ? Array.prototype.slice.call(box.querySelectorAll('[data-row]')) : [];
  }

  function empty(row) {
    row.querySelectorAll('input, select, textarea').forEach(function (field) {
      if (field.type === 'checkbox' || field.type === 'radio') {
        field.checked = false;
      } else if (field.tagName === 'SELECT') {
        field.selectedIndex = 0;
      } else if (field.type !== 'hidden') {
        field.value = '';
      }
    });
  }

  // spare rows: the first stays visible, the others wait for 添加
  ['grades', 'vetoes'].forEach(function (name) {
    var button = section.querySelector('[data-add-row="' + name + '"]');
    var shown = false;
    rowsOf(name).forEach(function (row) {
      if (row.getAttribute('data-blank') === 'true') {
        row.hidden = shown;
        shown = true;
      }
    });
    if (!button) {
      return;
    }
    // a removed row stays hidden where it was; 添加 offers the spare rows at the end
    var spare = function (row) {
      return row.hidden && !row.hasAttribute('data-removed');
    };
    var refresh = function () {
      button.disabled = !rowsOf(name).some(spare);
    };
    button.hidden = false;
    refresh();
    button.addEventListener('click', function () {
      var next = rowsOf(name).find(spare);
      if (next) {
        next.hidden = false;
        var first = next.querySelector('input:not([type=hidden]):not([disabled])');
        if (first) {
          first.focus();
        }
      }
      refresh();
    });
  });

  section.querySelectorAll('[data-remove-row]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var row = button.closest('[data-row]');
      empty(row);
      row.hidden = true;
      row.setAttribute('data-removed', '');
    });
  });

  // only the chosen rubric's rules; a rule picked before stays picked where the new rubric has it too
  var rubric = document.querySelector('[data-rubric-select]');
  function showRules() {
    rowsOf('vetoes').forEach(function (row) {
      var picked = {};
      row.querySelectorAll('[data-rule-group] input[type=checkbox]:not([disabled])').forEach(function (box) {
        if (box.checked) {
          picked[box.value] = true;
        }
      });
      row.querySelectorAll('[data-rule-group]').forEach(function (group) {
        var current = rubric && group.getAttribute('data-rubric') === rubric.value;
        group.hidden = !current;
        group.querySelectorAll('input[type=checkbox]').forEach(function (box) {
          box.disabled = !current;
          if (current && picked[box.value]) {
            box.checked = true;
          }
        });
      });
    });
  }
  if (rubric) {
    rubric.addEventListener('change', showRules);
    showRules();
  }

  // the grade only where the effect uses it (总分计零 needs none)
  section.querySelectorAll('[data-veto-effect]').forEach(function (select) {
    var grade = select.closest('[data-row]').querySelector('[data-veto-grade]');
    var toggle = function () {
      grade.hidden = select.value === 'ZERO_TOTAL';
    };
    select.addEventListener('change', toggle);
    toggle();
  });

  // editing the YAML means saving it: choose the YAML mode for the organiser
  var yaml = section.querySelector('#settings');
  var yamlMode = section.querySelector('[data-yaml-mode]');
  if (yaml && yamlMode) {
    yaml.addEventListener('input', function () {
      yamlMode.checked = true;
    });
  }
})();
