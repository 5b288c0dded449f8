// The purchase screens' only script (no inline scripts: the page's data comes in JSON blocks and data attributes).
// - [data-print] buttons print the agreement.
// - canvas[data-chart] draws contracted vs paid by month from the JSON block named by the canvas's data-chart;
//   the same figures are in the table beside it, so nothing is lost without JavaScript.
(function () {
  'use strict';

  function drawMoneyChart(canvas) {
    var source = document.getElementById(canvas.dataset.chart);
    if (!window.Chart || !source) {
      return;
    }
    var data = JSON.parse(source.textContent);
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: [
          { label: data.contracted.label, data: data.contracted.values, backgroundColor: '#2f6f9f' },
          { label: data.paid.label, data: data.paid.values, backgroundColor: '#3a8d5c' }
        ]
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, title: { display: true, text: data.unit } } }
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-print]').forEach(function (button) {
      button.addEventListener('click', function () { window.print(); });
    });
    document.querySelectorAll('canvas[data-chart]').forEach(drawMoneyChart);
  });
})();
