// The page frame: the last breadcrumb repeats the page's own heading when the page lies below its menu
// entry, and "back" buttons on error pages go to the previous page (CSP forbids inline handlers).
(function () {
  'use strict';

  function fillCrumb() {
    var crumb = document.getElementById('crumb-page');
    var heading = document.querySelector('main h1');
    if (crumb && heading && heading.textContent.trim()) {
      crumb.textContent = heading.textContent.trim();
      crumb.hidden = false;
    }
  }

  document.addEventListener('click', function (event) {
    var back = event.target.closest && event.target.closest('[data-history-back]');
    if (back && window.history.length > 1) {
      event.preventDefault();
      window.history.back();
    }
  });

  // A menu entry chosen in the drawer closes the drawer first, so the next page does not open behind it.
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('#sidebar .nav-link');
    var sidebar = document.getElementById('sidebar');
    if (link && sidebar && window.bootstrap && sidebar.classList.contains('show')) {
      window.bootstrap.Offcanvas.getOrCreateInstance(sidebar).hide();
    }
  });

  // An upload over the size limit answers 413 with a sentence; htmx swaps nothing on an error status, so
  // the sentence is shown at the top of the page instead of the upload silently doing nothing.
  document.addEventListener('htmx:responseError', function (event) {
    var xhr = event.detail && event.detail.xhr;
    var main = document.getElementById('main');
    if (!xhr || xhr.status !== 413 || !main) {
      return;
    }
    var alert = document.getElementById('upload-refused');
    if (!alert) {
      alert = document.createElement('div');
      alert.id = 'upload-refused';
      alert.className = 'alert alert-danger';
      alert.setAttribute('role', 'alert');
      main.insertBefore(alert, main.firstChild);
    }
    alert.textContent = xhr.responseText;
    alert.scrollIntoView({ block: 'nearest' });
  });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', fillCrumb);
  } else {
    fillCrumb();
  }
})();
