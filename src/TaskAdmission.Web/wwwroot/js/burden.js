// Burden dashboards: every canvas[data-chart] is drawn with Chart.js from the JSON in its attribute, which the server
// wrote from the same figures as the table beside it. No inline script: this file is the only code the pages load.
(function () {
  'use strict';

  var palette = ['#2f6f9f', '#c0504d', '#4f8a3c', '#8064a2', '#d98b2b', '#4bacc6', '#7f7f7f'];

  function draw(canvas) {
    if (canvas.dataset.drawn || !window.Chart) {
      return;
    }
    canvas.dataset.drawn = '1';
    var spec = JSON.parse(canvas.dataset.chart);
    var datasets = spec.series.map(function (s, i) {
      var color = palette[i % palette.length];
      return {
        label: s.label,
        data: s.values,
        type: s.type || spec.type,
        borderColor: color,
        backgroundColor: s.type === 'line' || spec.type === 'line' ? color : color + 'cc',
        borderDash: s.dashed ? [6, 4] : [],
        pointRadius: s.dashed ? 0 : 3,
        spanGaps: true,
        fill: false
      };
    });
    new window.Chart(canvas, {
      type: spec.type,
      data: { labels: spec.labels, datasets: datasets },
      options: {
        indexAxis: spec.horizontal ? 'y' : 'x',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { display: datasets.length > 1, position: 'bottom' } },
        scales: spec.horizontal ? { x: { beginAtZero: true } } : { y: { beginAtZero: true } }
      }
    });
  }

  function drawAll(root) {
    if (root && root.querySelectorAll) {
      root.querySelectorAll('canvas[data-chart]').forEach(draw);
    }
  }

  document.addEventListener('DOMContentLoaded', function () { drawAll(document); });
  document.addEventListener('htmx:afterSwap', function (event) { drawAll(event.detail.target); });
})();
