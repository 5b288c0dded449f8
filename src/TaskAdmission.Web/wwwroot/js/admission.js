// Islands of the admission screens (no framework): a suggested list item's "add" button appends its code to the
// claimed items (and so re-runs the live pre-check), and burden charts are drawn from their data-burden attribute,
// on load and whenever htmx swaps in a new pre-check panel. Without JavaScript the form and its tables still work.
(function () {
  'use strict';

  function drawCharts(root) {
    if (!window.Chart || !root || !root.querySelectorAll) {
      return;
    }
    root.querySelectorAll('canvas[data-burden]').forEach(function (canvas) {
      if (canvas.dataset.drawn) {
        return;
      }
      canvas.dataset.drawn = '1';
      var data = JSON.parse(canvas.dataset.burden);
      new window.Chart(canvas, {
        type: 'bar',
        data: { labels: data.labels, datasets: [{ label: data.label, data: data.values, backgroundColor: '#2f6f9f' }] },
        options: {
          indexAxis: 'y',
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          plugins: { legend: { display: false } },
          scales: { x: { beginAtZero: true } }
        }
      });
    });
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-add-code]') : null;
    var input = document.getElementById('ClaimedCodes');
    if (!button || !input) {
      return;
    }
    var code = button.getAttribute('data-add-code');
    var codes = input.value.split(/[\s,;,;、]+/).filter(Boolean);
    if (codes.indexOf(code) < 0) {
      codes.push(code);
      input.value = codes.join(' ');
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
  });

  document.addEventListener('DOMContentLoaded', function () { drawCharts(document); });
  document.addEventListener('htmx:afterSwap', function (event) { drawCharts(event.detail.target); });
})();
