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

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', fillCrumb);
  } else {
    fillCrumb();
  }
})();
