// bpmnlint reads models without the Camunda extension: camunda:* attributes stay in $attrs.
const CAMUNDA = 'http://camunda.org/schema/1.0/bpmn';

function camundaPrefixes(node) {
  let root = node;
  while (root.$parent) {
    root = root.$parent;
  }
  const attrs = root.$attrs || {};
  const prefixes = Object.keys(attrs)
    .filter(name => name.startsWith('xmlns:') && attrs[name] === CAMUNDA)
    .map(name => name.substring('xmlns:'.length));
  return prefixes.length ? prefixes : [ 'camunda' ];
}

function camundaAttribute(node, name) {
  const attrs = node.$attrs || {};
  for (const prefix of camundaPrefixes(node)) {
    const value = attrs[prefix + ':' + name];
    if (value !== undefined) {
      return value;
    }
  }
  return undefined;
}

function blank(value) {
  return value === undefined || value === null || String(value).trim() === '';
}

module.exports = { camundaAttribute, blank };
