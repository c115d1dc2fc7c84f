// The auditors' pages: log in with a Camunda user (HTTP Basic against /api, kept for this tab
// only), find orders, and read one order's story beside its diagrams with the path it took.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';

const KEY = 'otc-audit-credentials';
const $ = (selector) => document.querySelector(selector);

function credentials() {
  return sessionStorage.getItem(KEY);
}

async function api(path, accept = 'application/json') {
  const response = await fetch(path, {
    headers: { Authorization: 'Basic ' + credentials(), Accept: accept, 'X-Requested-With': 'XMLHttpRequest' }
  });
  if (response.status === 401) {
    sessionStorage.removeItem(KEY);
    showLogin('Wrong user or password.');
    throw new Error('not logged in');
  }
  if (!response.ok) {
    let message = 'The server answered ' + response.status + '.';
    try {
      const body = await response.json();
      message = body.message || message;
    } catch (ignored) { /* not JSON */ }
    throw new Error(message);
  }
  return response;
}

function showLogin(message) {
  $('#login').hidden = false;
  $('#login-error').textContent = message || '';
  for (const area of document.querySelectorAll('main > section')) {
    area.hidden = true;
  }
}

async function logIn(event) {
  event.preventDefault();
  const user = $('#user').value.trim();
  sessionStorage.setItem(KEY, btoa(unescape(encodeURIComponent(user + ':' + $('#password').value))));
  try {
    await api('/api/audit/orders?limit=1');
    sessionStorage.setItem(KEY + '-user', user);
    start();
  } catch (e) {
    if (credentials()) {
      sessionStorage.removeItem(KEY);
      showLogin(e.message.includes('groups') ? 'Only auditors and administrators may read the audit trail.' : e.message);
    }
  }
}

function start() {
  $('#login').hidden = true;
  $('#who').textContent = sessionStorage.getItem(KEY + '-user') || '';
  $('#logout').hidden = false;
  if (document.body.dataset.page === 'search') {
    $('#search-area').hidden = false;
  } else {
    showOrder(new URLSearchParams(location.search).get('number'));
  }
}

// ---------- formatting

const TIME = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'medium' });

function time(iso) {
  return iso ? TIME.format(new Date(iso)) : '';
}

function kindLabel(kind) {
  return kind.charAt(0) + kind.slice(1).toLowerCase().replaceAll('_', ' ');
}

function cell(row, text, className) {
  const td = row.insertCell();
  td.textContent = text == null ? '' : String(text);
  if (className) {
    td.className = className;
  }
  return td;
}

async function download(path, accept, fileName, status) {
  status.textContent = 'Preparing ' + fileName + '…';
  try {
    const blob = await (await api(path, accept)).blob();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    status.textContent = fileName + ' saved (' + Math.max(1, Math.round(blob.size / 1024)) + ' KB).';
  } catch (e) {
    status.textContent = e.message;
  }
}

// ---------- search page

function searchQuery() {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData($('#search'))) {
    if (String(value).trim() !== '') {
      params.append(name, String(value).trim());
    }
  }
  return params.toString();
}

async function search(event) {
  event.preventDefault();
  const status = $('#search-status');
  status.textContent = 'Searching…';
  try {
    const found = await (await api('/api/audit/orders?' + searchQuery())).json();
    const body = $('#results tbody');
    body.replaceChildren();
    for (const order of found) {
      const row = body.insertRow();
      const link = document.createElement('a');
      link.href = 'order.html?number=' + encodeURIComponent(order.orderNumber);
      link.textContent = order.orderNumber;
      cell(row, '').appendChild(link);
      cell(row, order.customerCode);
      cell(row, time(order.firstAt));
      cell(row, order.status);
      cell(row, order.managerReviewed ? 'reviewed' : 'not reviewed');
      cell(row, order.maxDiscountPercent == null ? '' : order.maxDiscountPercent + ' %', 'number');
      cell(row, time(order.deliveredAt));
    }
    $('#results').hidden = found.length === 0;
    status.textContent = found.length === 0 ? 'No order matches.' : found.length + (found.length === 1 ? ' order' : ' orders') + ' found.';
  } catch (e) {
    status.textContent = e.message;
  }
}

// ---------- order page

let timeline;
let viewer;

async function showOrder(number) {
  $('#order-number').textContent = number || '';
  if (!number) {
    $('#error').textContent = 'No order given: open an order from the search.';
    return;
  }
  try {
    timeline = await (await api('/api/audit/orders/' + encodeURIComponent(number))).json();
  } catch (e) {
    $('#error').textContent = e.message;
    return;
  }
  $('#order-area').hidden = false;
  $('#record-count').textContent = timeline.events.length + ' records';
  showChain(number);
  fillKindFilter();
  showTimeline('');
  showProcesses();
  const status = $('#export-status');
  const base = '/api/audit/orders/' + encodeURIComponent(number);
  $('#export-json').onclick = () => download(base, 'application/json', 'audit-' + number + '.json', status);
  $('#export-csv').onclick = () => download(base, 'text/csv', 'audit-' + number + '.csv', status);
  $('#export-pdf').onclick = () => download(base, 'application/pdf', 'audit-' + number + '.pdf', status);
}

async function showChain(number) {
  const chain = $('#chain');
  try {
    const check = await (await api('/api/audit/verify?order=' + encodeURIComponent(number))).json();
    chain.textContent = check.intact ? 'Records unaltered' : 'Altered: ' + check.firstBroken.problem;
    chain.className = check.intact ? 'intact' : 'broken';
  } catch (e) {
    chain.textContent = e.message;
  }
}

function fillKindFilter() {
  const select = $('#kind-filter');
  for (const kind of [...new Set(timeline.events.map((e) => e.kind))].sort()) {
    select.add(new Option(kindLabel(kind), kind));
  }
  select.onchange = () => showTimeline(select.value);
}

function details(event) {
  const d = event.details || {};
  const parts = [];
  if (d.entered && Object.keys(d.entered).length > 0) {
    parts.push('Entered: ' + Object.entries(d.entered).map(([k, v]) => k + ' = ' + v).join(', '));
  }
  if (event.kind === 'VARIABLE_SET') {
    parts.push(d.name + ' = ' + (d.value == null ? '(none)' : d.value));
  }
  if (d.sha256) {
    parts.push('SHA-256 ' + d.sha256);
  }
  if (d.recipient) {
    parts.push('To ' + d.recipient);
  }
  if (d.body && event.kind === 'API_WRITE') {
    parts.push(JSON.stringify(d.body));
  }
  return parts.join(' · ');
}

function showTimeline(kind) {
  const body = $('#timeline tbody');
  body.replaceChildren();
  for (const event of timeline.events) {
    if (kind && event.kind !== kind) {
      continue;
    }
    const row = body.insertRow();
    row.dataset.kind = event.kind;
    row.dataset.activity = event.activityId || '';
    cell(row, event.seq, 'number');
    cell(row, time(event.at));
    cell(row, kindLabel(event.kind));
    cell(row, event.actor);
    const what = cell(row, event.summary);
    const more = details(event);
    if (more) {
      const small = document.createElement('div');
      small.className = 'more';
      small.textContent = more;
      what.appendChild(small);
    }
    if (event.kind === 'DECISION_EVALUATED') {
      const open = document.createElement('button');
      open.type = 'button';
      open.className = 'secondary open-decision';
      open.textContent = 'Show decision';
      open.onclick = () => showDecision(event);
      what.appendChild(open);
    }
  }
}

function showProcesses() {
  const nav = $('#processes');
  nav.replaceChildren();
  const started = timeline.events.filter((e) => e.kind === 'PROCESS_STARTED' && e.details && e.details.processDefinitionId);
  started.forEach((event, index) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'process';
    button.dataset.processKey = event.processKey;
    button.textContent = event.processKey;
    button.onclick = () => showDiagram(event, button);
    nav.appendChild(button);
    if (index === 0) {
      showDiagram(event, button);
    }
  });
}

async function showDiagram(started, button) {
  for (const other of document.querySelectorAll('#processes button')) {
    other.classList.toggle('current', other === button);
  }
  const xml = await (await api('/api/audit/process-definitions/' + encodeURIComponent(started.details.processDefinitionId) + '/xml', 'text/xml')).text();
  if (!viewer) {
    viewer = new NavigatedViewer({ container: '#diagram' });
  }
  await viewer.importXML(xml);
  const canvas = viewer.get('canvas');
  const overlays = viewer.get('overlays');
  const registry = viewer.get('elementRegistry');
  const passes = (timeline.passes && timeline.passes[started.processKey]) || {};
  for (const [activityId, count] of Object.entries(passes)) {
    if (!registry.get(activityId)) {
      continue;
    }
    canvas.addMarker(activityId, 'audit-passed');
    overlays.add(activityId, { position: { top: -12, right: 12 }, html: '<span class="audit-count">' + count + '</span>' });
  }
  // a sequence flow was taken when both its ends were passed
  for (const flow of registry.filter((e) => e.type === 'bpmn:SequenceFlow')) {
    if (passes[flow.source.id] && passes[flow.target.id]) {
      canvas.addMarker(flow.id, 'audit-passed');
    }
  }
  canvas.zoom('fit-viewport');
}

function decisionTable(xml, evaluation) {
  const dmn = new DOMParser().parseFromString(xml, 'application/xml');
  const NS = dmn.documentElement.namespaceURI;
  const decision = [...dmn.getElementsByTagNameNS(NS, 'decision')].find((d) => d.getAttribute('id') === evaluation.details.decisionKey);
  const table = decision && decision.getElementsByTagNameNS(NS, 'decisionTable')[0];
  const element = document.createElement('table');
  element.className = 'dmn';
  if (!table) {
    return element;
  }
  const inputs = [...table.getElementsByTagNameNS(NS, 'input')].map((i) => i.getAttribute('label') || i.getAttribute('id'));
  const outputs = [...table.getElementsByTagNameNS(NS, 'output')].map((o) => o.getAttribute('label') || o.getAttribute('name'));
  const head = element.createTHead().insertRow();
  cell(head, '#');
  inputs.forEach((label) => cell(head, label, 'input'));
  outputs.forEach((label) => cell(head, label, 'output'));
  const body = element.createTBody();
  const matched = evaluation.details.matchedRules || [];
  [...table.getElementsByTagNameNS(NS, 'rule')].forEach((rule, index) => {
    const row = body.insertRow();
    row.dataset.rule = rule.getAttribute('id');
    if (matched.includes(rule.getAttribute('id'))) {
      row.className = 'matched';
    }
    cell(row, index + 1, 'number');
    for (const entry of rule.getElementsByTagNameNS(NS, 'inputEntry')) {
      cell(row, entry.textContent.trim() || '-');
    }
    for (const entry of rule.getElementsByTagNameNS(NS, 'outputEntry')) {
      cell(row, entry.textContent.trim());
    }
  });
  return element;
}

async function showDecision(evaluation) {
  const panel = $('#decision');
  panel.hidden = false;
  panel.replaceChildren();
  const title = document.createElement('h2');
  title.textContent = evaluation.summary;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'secondary';
  close.textContent = 'Close';
  close.onclick = () => { panel.hidden = true; };
  const inputs = document.createElement('p');
  inputs.className = 'inputs';
  inputs.textContent = 'Inputs: ' + (evaluation.details.inputs || []).map((i) => i.name + ' = ' + i.value).join(', ')
      + '. Outputs: ' + (evaluation.details.outputs || []).map((o) => o.name + ' = ' + o.value).join(', ') + '.';
  panel.append(title, close, inputs);
  try {
    const xml = await (await api('/api/audit/decision-definitions/' + encodeURIComponent(evaluation.details.decisionDefinitionId) + '/xml', 'text/xml')).text();
    const table = decisionTable(xml, evaluation);
    panel.appendChild(table);
    const matched = table.querySelector('tr.matched');
    (matched || panel).scrollIntoView({ block: 'center' });
  } catch (e) {
    inputs.textContent += ' (' + e.message + ')';
  }
}

// ---------- start

$('#login').innerHTML = `
  <h2>Log in</h2>
  <p>With your Camunda user; only auditors and administrators read the audit trail.</p>
  <label>User <input id="user" name="user" autocomplete="username" required></label>
  <label>Password <input id="password" name="password" type="password" autocomplete="current-password" required></label>
  <button type="submit">Log in</button>
  <p id="login-error" class="error" role="alert"></p>`;
$('#login').addEventListener('submit', logIn);
$('#logout').addEventListener('click', () => {
  sessionStorage.removeItem(KEY);
  location.href = 'index.html';
});
if (document.body.dataset.page === 'search') {
  $('#search').addEventListener('submit', search);
  $('#search-csv').addEventListener('click', () => download('/api/audit/orders?' + searchQuery(), 'text/csv', 'audit-search.csv', $('#search-status')));
  $('#search-pdf').addEventListener('click', () => download('/api/audit/orders?' + searchQuery(), 'application/pdf', 'audit-search.pdf', $('#search-status')));
}
if (credentials()) {
  start();
} else {
  showLogin();
}
