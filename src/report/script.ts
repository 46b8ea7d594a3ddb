// The page's one script, inlined: filters and sorting of the tasks table.
// Plain ES2017 in a string, so that it reaches the browser exactly as written
// (no bundler helpers). The page stays readable with scripts off: all rows show.
export const SCRIPT = String.raw`
(function () {
  'use strict';
  // A restored word near the right edge opens its tooltip leftwards, so that it stays on screen.
  function placeTip(event) {
    var mark = event.target.closest ? event.target.closest('mark.restored') : null;
    if (mark) mark.classList.toggle('tip-left', mark.getBoundingClientRect().left > window.innerWidth - 340);
  }
  document.addEventListener('mouseover', placeTip);
  document.addEventListener('focusin', placeTip);

  var table = document.getElementById('tasks-table');
  if (!table) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var originalOrder = rows.slice();
  var controls = {
    agency: document.getElementById('filter-agency'),
    leadOnly: document.getElementById('filter-lead-only'),
    appendix: document.getElementById('filter-appendix'),
    kind: document.getElementById('filter-kind'),
    search: document.getElementById('filter-search')
  };
  var ALL = '*';
  var shown = document.getElementById('shown-count');
  var sortButton = document.getElementById('sort-due');
  var sortState = 'none';
  var fold = function (s) { return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase(); };
  rows.forEach(function (row) {
    row._lead = JSON.parse(row.getAttribute('data-lead') || '[]');
    row._coop = JSON.parse(row.getAttribute('data-cooperating') || '[]');
    row._text = fold(row.textContent || '');
  });

  function matches(row) {
    var agency = controls.agency.value;
    if (agency !== ALL) {
      var inLead = row._lead.indexOf(agency) >= 0;
      var inCoop = row._coop.indexOf(agency) >= 0;
      if (!(inLead || (!controls.leadOnly.checked && inCoop))) return false;
    }
    if (controls.appendix.value !== ALL && row.getAttribute('data-appendix') !== controls.appendix.value) return false;
    if (controls.kind.value !== ALL && row.getAttribute('data-kind') !== controls.kind.value) return false;
    var words = fold(controls.search.value.trim());
    if (words && row._text.indexOf(words) < 0) return false;
    return true;
  }

  function apply() {
    var count = 0;
    rows.forEach(function (row) {
      var ok = matches(row);
      row.hidden = !ok;
      if (ok) count++;
    });
    shown.textContent = String(count);
  }

  function sortRows() {
    var ordered = originalOrder.slice();
    if (sortState !== 'none') {
      var sign = sortState === 'asc' ? 1 : -1;
      ordered.sort(function (a, b) {
        var da = a.getAttribute('data-due') || '', db = b.getAttribute('data-due') || '';
        if (!da || !db) return da ? -1 : db ? 1 : 0; // undated last either way
        return da < db ? -sign : da > db ? sign : 0;
      });
    }
    ordered.forEach(function (row) { body.appendChild(row); });
    sortButton.setAttribute('data-order', sortState);
    sortButton.querySelector('.arrow').textContent = sortState === 'asc' ? ' ▲' : sortState === 'desc' ? ' ▼' : ' ↕';
  }

  sortButton.addEventListener('click', function () {
    sortState = sortState === 'none' ? 'asc' : sortState === 'asc' ? 'desc' : 'none';
    sortRows();
  });
  ['agency', 'leadOnly', 'appendix', 'kind'].forEach(function (k) { controls[k].addEventListener('change', apply); });
  controls.search.addEventListener('input', apply);
  document.getElementById('filter-reset').addEventListener('click', function () {
    controls.agency.value = ALL; controls.appendix.value = ALL; controls.kind.value = ALL;
    controls.search.value = ''; controls.leadOnly.checked = false;
    apply();
  });
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) { d.open = true; });
  });
  apply();
})();
`;
