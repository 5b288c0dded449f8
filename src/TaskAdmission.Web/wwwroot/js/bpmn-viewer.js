// Draws the diagram of #bpmn-canvas with the bpmn-js navigated viewer (its licence asks that the bpmn.io watermark stays)
// and marks the elements the page lists: done, active, failed; on the heat view, counts per element.
(function () {
  'use strict';
  function ids(el, name) {
    return (el.getAttribute(name) || '').split(' ').filter(Boolean);
  }
  async function draw() {
    var canvasEl = document.getElementById('bpmn-canvas');
    var source = document.getElementById('bpmn-xml');
    if (!canvasEl || !source || typeof BpmnJS === 'undefined') return;
    var viewer = new BpmnJS({ container: canvasEl });
    try {
      await viewer.importXML(source.value);
    } catch (e) {
      canvasEl.textContent = canvasEl.getAttribute('data-no-diagram');
      return;
    }
    var canvas = viewer.get('canvas');
    var registry = viewer.get('elementRegistry');
    if (registry.getAll().length <= 1) {
      canvasEl.textContent = canvasEl.getAttribute('data-no-diagram');
      return;
    }
    canvas.zoom('fit-viewport');
    var mark = function (list, css) {
      list.forEach(function (id) { if (registry.get(id)) canvas.addMarker(id, css); });
    };
    mark(ids(canvasEl, 'data-completed'), 'ta-done');
    mark(ids(canvasEl, 'data-active'), 'ta-active');
    mark(ids(canvasEl, 'data-failed'), 'ta-failed');
    var overlays = viewer.get('overlays');
    ids(canvasEl, 'data-heat').forEach(function (item) {
      var parts = item.split(':');
      if (!registry.get(parts[0])) return;
      var badge = document.createElement('div');
      badge.className = 'ta-heat';
      badge.textContent = parts[1] + ' / ' + parts[2] + (parts[3] ? ' / ' + parts[3] : '');
      overlays.add(parts[0], { position: { bottom: -4, left: 0 }, html: badge });
    });
    canvasEl.setAttribute('data-drawn', 'true');
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', draw); else draw();
})();
