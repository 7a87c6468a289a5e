// Asks before a form with data-confirm is sent: steps that cannot be undone (CSP forbids inline handlers).
document.addEventListener('submit', function (event) {
  var question = event.target.getAttribute && event.target.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});
