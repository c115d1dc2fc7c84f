const { is } = require('bpmnlint-utils');
const { camundaAttribute, blank } = require('./camunda');

/** Every user task needs a due date (camunda:dueDate). */
module.exports = function() {
  function check(node, reporter) {
    if (is(node, 'bpmn:UserTask') && blank(camundaAttribute(node, 'dueDate'))) {
      reporter.report(node.id, 'User task needs a due date (camunda:dueDate)');
    }
  }
  return { check };
};
