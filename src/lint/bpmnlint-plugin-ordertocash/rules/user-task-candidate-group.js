const { is } = require('bpmnlint-utils');
const { camundaAttribute, blank } = require('./camunda');

/** Every user task needs a candidate group (camunda:candidateGroups): who works this task?. */
module.exports = function() {
  function check(node, reporter) {
    if (is(node, 'bpmn:UserTask') && blank(camundaAttribute(node, 'candidateGroups'))) {
      reporter.report(node.id, 'User task needs a candidate group (camunda:candidateGroups): who works this task?');
    }
  }
  return { check };
};
