// A header checkbox with data-select-all="name" ticks or clears every checkbox of that name (CSP: no inline code).
document.addEventListener('change', function (event) {
  var name = event.target.getAttribute && event.target.getAttribute('data-select-all');
  if (!name) {
    return;
  }
  document.querySelectorAll('input[type=checkbox][name="' + name + '"]').forEach(function (box) {
    box.checked = event.target.checked;
  });
});
