// The submission form's field picker: a name chosen from the dictionary's datalist (searched by name or synonym) is
// added to the 采集字段 list once. Without script the list is typed by hand; the server maps synonyms either way.
(function () {
  function add(input) {
    var list = document.getElementById(input.getAttribute('data-field-picker'));
    var name = input.value.trim();
    if (!list || name === '') { return; }
    var names = list.value.split(/[,;，;、\n\r]+/).map(function (n) { return n.trim(); }).filter(function (n) { return n !== ''; });
    if (names.indexOf(name) < 0) { names.push(name); }
    list.value = names.join('、');
    input.value = '';
    list.dispatchEvent(new Event('change', { bubbles: true }));
  }
  document.addEventListener('click', function (e) {
    var id = e.target && e.target.getAttribute && e.target.getAttribute('data-field-add');
    if (id) { add(document.getElementById(id)); }
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && e.target && e.target.hasAttribute && e.target.hasAttribute('data-field-picker')) {
      e.preventDefault();
      add(e.target);
    }
  });
  document.addEventListener('change', function (e) {
    // A pick from the datalist fires change with a name the dictionary knows.
    var input = e.target;
    if (!input || !input.hasAttribute || !input.hasAttribute('data-field-picker')) { return; }
    var options = document.getElementById(input.getAttribute('list'));
    if (options && Array.prototype.some.call(options.options, function (o) { return o.value === input.value.trim(); })) { add(input); }
  });
})();
