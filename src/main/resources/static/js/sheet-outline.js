// The outline of the long sheets (self-assessment and scoring): a bar that stays in view with a list to
// jump to any indicator, the unit's running total, and the previous / next unit of the same list. Built
// from the page itself (indicator cells, running totals), so the sheets need no extra markup.
(function () {
  'use strict';

  var SHEETS = '#assessment-table, #scoring-table';

  function texts() {
    var el = document.getElementById('outline-texts');
    return el ? el.dataset : {};
  }

  function number(text) {
    var n = parseFloat(String(text || '').replace(',', '.'));
    return isNaN(n) ? 0 : n;
  }

  function plain(n) {
    // totals are sums of half points at most two decimals deep: print them without trailing zeros
    return String(Math.round(n * 100) / 100);
  }

  /** Dimension titles by code, from the running totals above the scoring table (政治清明 → A1). */
  function dimensionTitles() {
    var titles = {};
    document.querySelectorAll('#running-totals strong[id^="subtotal-"]').forEach(function (strong) {
      var holder = strong.parentElement;
      var title = holder && holder.firstElementChild ? holder.firstElementChild.textContent.trim() : '';
      titles[strong.id.substring('subtotal-'.length)] = title;
    });
    return titles;
  }

  function indicators(table) {
    var out = [];
    table.querySelectorAll('td.side').forEach(function (cell) {
      var row = cell.parentElement;
      var code = (row.id || '').replace(/^(item|score)-/, '');
      var label = cell.querySelector('.side-label') || cell;
      var title = (label.querySelector('span') || label).textContent.trim();
      if (row.id && title) {
        out.push({ row: row.id, code: code, dimension: code.split('.')[0], title: title });
      }
    });
    return out;
  }

  function jumpList(table, t) {
    var select = document.createElement('select');
    select.id = 'outline-jump';
    select.className = 'form-select form-select-sm';
    select.setAttribute('aria-label', t.jump || '');
    var first = document.createElement('option');
    first.value = '';
    first.textContent = t.jump || '';
    select.appendChild(first);
    var titles = dimensionTitles();
    var group = null;
    var groupCode = null;
    indicators(table).forEach(function (ind) {
      if (titles[ind.dimension] && ind.dimension !== groupCode) {
        group = document.createElement('optgroup');
        group.label = titles[ind.dimension];
        select.appendChild(group);
        groupCode = ind.dimension;
      }
      var option = document.createElement('option');
      option.value = ind.row;
      option.textContent = ind.title;
      (group || select).appendChild(option);
    });
    select.addEventListener('change', function () {
      var row = select.value && document.getElementById(select.value);
      if (!row) {
        return;
      }
      row.scrollIntoView({ block: 'start' });
      var field = row.querySelector('input:not([type=hidden]):not([disabled]), textarea:not([disabled])');
      if (field) {
        field.focus({ preventScroll: true });
      }
      select.value = '';
    });
    return select;
  }

  function total(t) {
    if (document.getElementById('scoring-table')) {
      var sum = 0;
      document.querySelectorAll('#running-totals strong[id^="subtotal-"]').forEach(function (s) {
        if (/^subtotal-[A-Za-z]+$/.test(s.id)) {
          sum += number(s.textContent);
        }
      });
      var progress = document.getElementById('scoring-progress');
      return (progress ? progress.textContent.trim() + ' · ' : '') + (t.total || '{0}').replace('{0}', plain(sum));
    }
    var self = 0;
    var inputs = document.querySelectorAll('#assessment-table input[name="selfScore"]');
    inputs.forEach(function (input) {
      self += number(input.value);
    });
    var done = document.querySelector('#assessment-progress span');
    var progress = done ? done.textContent.trim() : '';
    // a sheet shown read-only has no score fields to add up: its progress alone is shown
    if (!inputs.length) {
      return progress;
    }
    return (progress ? progress + ' · ' : '') + (t.selfTotal || '{0}').replace('{0}', plain(self));
  }

  /** Previous and next unit of the list the sheet was opened from, read from that list's page. */
  function neighbours(bar, t) {
    var here = window.location.pathname;
    var match = here.match(/^(.*)\/campaigns\/([^/]+)\/units\/([^/]+)\/(scoring|self-assessment)$/);
    if (!match || !window.fetch || !window.DOMParser) {
      return;
    }
    var base = match[1];
    var campaign = match[2];
    var kind = match[4];
    var list = kind === 'scoring' ? base + '/evaluations' : base + '/campaigns/' + campaign + '/progress';
    fetch(list, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then(function (response) { return response.ok ? response.text() : ''; })
      .then(function (html) {
        if (!html) {
          return;
        }
        var page = new DOMParser().parseFromString(html, 'text/html');
        var prefix = base + '/campaigns/' + campaign + '/units/';
        var seen = [];
        page.querySelectorAll('main a[href]').forEach(function (a) {
          var href = a.getAttribute('href').split('?')[0];
          if (href.indexOf(prefix) === 0 && /\/(scoring|self-assessment)$/.test(href)
              && href.slice(-kind.length) === kind && seen.indexOf(href) < 0) {
            seen.push(href);
          }
        });
        var at = seen.indexOf(here);
        if (at < 0 || seen.length < 2) {
          return;
        }
        var nav = document.createElement('span');
        nav.className = 'outline-units';
        [[at - 1, t.previous, 'outline-previous'], [at + 1, t.next, 'outline-next']].forEach(function (step) {
          if (step[0] < 0 || step[0] >= seen.length) {
            return;
          }
          var link = document.createElement('a');
          link.className = 'btn btn-sm btn-outline-secondary';
          link.id = step[2];
          link.href = seen[step[0]];
          link.textContent = step[1] || '';
          nav.appendChild(link);
        });
        bar.appendChild(nav);
      })
      .catch(function () { /* the list cannot be read by this role: no neighbours */ });
  }

  function build() {
    var table = document.querySelector(SHEETS);
    if (!table || document.getElementById('sheet-outline')) {
      return;
    }
    var t = texts();
    var bar = document.createElement('div');
    bar.id = 'sheet-outline';
    bar.className = 'sheet-outline';
    bar.appendChild(jumpList(table, t));
    var sum = document.createElement('span');
    sum.id = 'outline-total';
    sum.className = 'outline-total';
    sum.setAttribute('aria-live', 'polite');
    sum.textContent = total(t);
    bar.appendChild(sum);
    table.parentNode.insertBefore(bar, table);
    neighbours(bar, t);

    function refresh() {
      sum.textContent = total(t);
    }
    document.addEventListener('htmx:afterSettle', refresh);
    document.addEventListener('input', function (event) {
      if (event.target && event.target.name === 'selfScore') {
        refresh();
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', build);
  } else {
    build();
  }
})();
