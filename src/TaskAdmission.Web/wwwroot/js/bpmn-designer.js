// The process designer: the bpmn-js modeler (its licence asks that the bpmn.io watermark stays), its palette and context
// pad in the reader's language (the page hands over the words), a properties form for our ta: attributes, and save:
// the server checks the file with the engine's reader and deploys a new version, or answers every problem, which is
// marked on its element.
(function () {
  'use strict';
  var host = document.getElementById('bpmn-designer');
  if (!host || typeof BpmnJS === 'undefined') return;
  var words = JSON.parse(host.getAttribute('data-words') || '{}');
  function translate(template, replacements) {
    replacements = replacements || {};
    return (words[template] || template).replace(/{([^}]+)}/g, function (_, key) { return replacements[key] || '{' + key + '}'; });
  }
  var modeler = new BpmnJS({ container: host, additionalModules: [{ translate: ['value', translate] }] });
  var modeling, moddle, canvas, overlays, registry, selected = null;
  var form = document.getElementById('designer-properties');

  function bo(element) { return element.businessObject; }
  function attr(element, name) { var b = bo(element); return (b.get ? b.get(name) : b[name]) || ''; }
  function input(name) { return document.getElementById('prop-' + name.replace(':', '-')); }

  // Countersign settings read from and written to the task's multiInstanceLoopCharacteristics.
  function readCountersign(element) {
    var loop = bo(element).loopCharacteristics;
    if (!loop || loop.$type !== 'bpmn:MultiInstanceLoopCharacteristics') return { rule: '', collection: '', ratio: '' };
    var condition = loop.completionCondition ? loop.completionCondition.body : '';
    var ratio = /nrOfApproved\s*\/\s*nrOfInstances\s*>=\s*([0-9./]+)/.exec(condition || '');
    var rule = loop.isSequential ? 'sequential' : !condition ? 'all' : /nrOfCompletedInstances\s*>=\s*1/.test(condition) ? 'any' : 'ratio';
    return { rule: rule, collection: loop.get('ta:collection') || '', ratio: ratio ? ratio[1] : '' };
  }
  function writeCountersign(element) {
    var rule = input('countersign').value, collection = input('collection').value.trim(), ratio = input('ratio').value.trim();
    if (!rule) { modeling.updateProperties(element, { loopCharacteristics: undefined }); return; }
    var loop = moddle.create('bpmn:MultiInstanceLoopCharacteristics', { isSequential: rule === 'sequential' });
    loop.set('ta:collection', collection || 'signers');
    loop.set('ta:elementVariable', 'signer');
    var condition = rule === 'any' ? '${nrOfCompletedInstances >= 1}' : rule === 'ratio' ? '${nrOfApproved / nrOfInstances >= ' + (ratio || '2/3') + '}' : '';
    if (condition) loop.completionCondition = moddle.create('bpmn:FormalExpression', { body: condition });
    modeling.updateProperties(element, { loopCharacteristics: loop });
    if (!attr(element, 'ta:assignee')) modeling.updateProperties(element, { 'ta:assignee': '${signer}' });
  }

  function show(element) {
    selected = element;
    document.getElementById('prop-element').textContent = element ? element.id : '';
    document.getElementById('prop-none').classList.toggle('d-none', !!element);
    form.querySelectorAll('[data-field]').forEach(function (field) {
      var kinds = field.getAttribute('data-kinds');
      var applies = element && (kinds === 'all' || kinds.split(' ').indexOf(element.type) >= 0);
      field.classList.toggle('d-none', !applies);
      if (!applies) return;
      var name = field.getAttribute('data-field');
      var counter = readCountersign(element);
      var value = name === 'name' ? bo(element).name || ''
        : name === 'countersign' ? counter.rule : name === 'collection' ? counter.collection : name === 'ratio' ? counter.ratio
        : name === 'condition' ? (bo(element).conditionExpression ? bo(element).conditionExpression.body : '')
        : attr(element, name);
      input(name).value = value;
    });
  }

  form.addEventListener('change', function (event) {
    if (!selected) return;
    var field = event.target.closest('[data-field]');
    if (!field) return;
    var name = field.getAttribute('data-field'), value = event.target.value.trim();
    if (name === 'name') modeling.updateLabel(selected, value);
    else if (name === 'countersign' || name === 'collection' || name === 'ratio') writeCountersign(selected);
    else if (name === 'condition') modeling.updateProperties(selected, { conditionExpression: value ? moddle.create('bpmn:FormalExpression', { body: value }) : undefined });
    else { var change = {}; change[name] = value || undefined; modeling.updateProperties(selected, change); }
  });
  form.addEventListener('submit', function (event) { event.preventDefault(); });

  function clearProblems() {
    overlays.remove({ type: 'ta-problem' });
    registry.getAll().forEach(function (e) { canvas.removeMarker(e.id, 'ta-problem-marker'); });
    document.getElementById('designer-problems').replaceChildren();
  }
  function showProblems(problems) {
    var list = document.getElementById('designer-problems');
    problems.forEach(function (p) {
      var item = document.createElement('li');
      item.setAttribute('data-element', p.element);
      item.textContent = (p.element ? p.element + ': ' : '') + p.message;
      list.appendChild(item);
      if (p.element && registry.get(p.element)) {
        canvas.addMarker(p.element, 'ta-problem-marker');
        var note = document.createElement('div');
        note.className = 'ta-problem';
        note.textContent = p.message;
        overlays.add(p.element, 'ta-problem', { position: { top: -28, left: 0 }, html: note });
      }
    });
  }

  async function save() {
    var result = document.getElementById('designer-result');
    clearProblems();
    var xml = (await modeler.saveXML({ format: true })).xml;
    var body = new FormData();
    body.append('xml', xml);
    body.append(host.getAttribute('data-token-field'), host.getAttribute('data-token'));
    var response = await fetch('/admin/workflows/designer/deploy', { method: 'POST', body: body, credentials: 'same-origin' });
    var answer = response.headers.get('content-type') && response.headers.get('content-type').indexOf('json') >= 0 ? await response.json() : null;
    if (response.ok && answer) {
      var text = host.getAttribute(answer.isNewVersion ? 'data-msg-saved' : 'data-msg-unchanged');
      result.className = 'alert alert-success mt-2';
      result.textContent = text.replace('{0}', answer.processId).replace('{1}', answer.version);
      result.setAttribute('data-version', answer.version);
      showProblems(answer.warnings || []);
    } else if (answer && answer.problems) {
      result.className = 'alert alert-danger mt-2';
      result.textContent = host.getAttribute('data-msg-refused').replace('{0}', answer.problems.filter(function (p) { return !p.warning; }).length);
      result.removeAttribute('data-version');
      showProblems(answer.problems);
    } else {
      result.className = 'alert alert-danger mt-2';
      result.textContent = host.getAttribute('data-msg-failed');
    }
  }

  async function start() {
    await modeler.importXML(document.getElementById('bpmn-xml').value);
    modeling = modeler.get('modeling'); moddle = modeler.get('moddle'); canvas = modeler.get('canvas');
    overlays = modeler.get('overlays'); registry = modeler.get('elementRegistry');
    canvas.zoom('fit-viewport');
    modeler.on('selection.changed', function (e) { show(e.newSelection.length === 1 ? e.newSelection[0] : null); });
    modeler.on('element.changed', function (e) { if (selected && e.element.id === selected.id && document.activeElement.closest('#designer-properties') === null) show(selected); });
    document.getElementById('designer-save').addEventListener('click', save);
    host.setAttribute('data-ready', 'true');
  }
  start();
})();
