// A draft's tree beside its source text: a link to lines (data-from, data-to) marks every line of the range and
// brings the first into view in the source box; a link from a doubt to its node marks the node (CSS :target).
(function () {
  function mark(from, to) {
    document.querySelectorAll('#draft-source li.marked').forEach(function (li) {
      li.classList.remove('marked');
    });
    for (var n = from; n <= to; n++) {
      var line = document.getElementById('L' + n);
      if (line) {
        line.classList.add('marked');
      }
    }
    var first = document.getElementById('L' + from);
    if (first) {
      first.scrollIntoView({block: 'center'});
    }
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a.source-link');
    if (!link) {
      return;
    }
    event.preventDefault();
    var from = parseInt(link.getAttribute('data-from'), 10);
    var to = parseInt(link.getAttribute('data-to'), 10);
    if (from > 0) {
      mark(from, to >= from ? to : from);
      history.replaceState(null, '', '#L' + from);
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    var target = /^#L(\d+)$/.exec(location.hash);
    if (target) {
      mark(parseInt(target[1], 10), parseInt(target[1], 10));
    }
  });
})();
