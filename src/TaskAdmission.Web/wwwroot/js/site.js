// Behaviour every page shares, kept out of the markup: the Content-Security-Policy allows scripts from this site's
// files only (no inline scripts, no inline event handlers, no eval), so pages declare what they need with data-
// attributes and this file wires it up. Without JavaScript every page still works.
(function () {
  'use strict';

  // The side menu starts open on wide screens; on a phone it stays folded behind its button.
  function openMenuOnWideScreens() {
    if (window.matchMedia('(min-width: 768px)').matches) {
      document.querySelectorAll('details.ta-menu').forEach(function (d) { d.open = true; });
    }
  }

  // <button data-confirm="…"> asks before its form is sent.
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-confirm]') : null;
    if (button && !window.confirm(button.getAttribute('data-confirm'))) {
      event.preventDefault();
    }
  });

  // Upload progress of a form with data-progress="<id of a <progress>>" and data-result="<id of the result box>", sent by htmx.
  document.addEventListener('htmx:beforeRequest', function (event) {
    var form = event.detail.elt;
    if (!form || !form.dataset || !form.dataset.progress) {
      return;
    }
    document.getElementById(form.dataset.progress).value = 0;
    if (form.dataset.result) {
      document.getElementById(form.dataset.result).replaceChildren();
    }
  });
  document.addEventListener('htmx:xhr:progress', function (event) {
    var form = event.detail.elt;
    if (form && form.dataset && form.dataset.progress && event.detail.lengthComputable) {
      document.getElementById(form.dataset.progress).value = Math.round(100 * event.detail.loaded / event.detail.total);
    }
  });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', openMenuOnWideScreens);
  } else {
    openMenuOnWideScreens();
  }
})();
