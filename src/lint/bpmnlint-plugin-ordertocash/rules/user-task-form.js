const { is } = require('bpmnlint-utils');
const { camundaAttribute, blank } = require('./camunda');

/** Every user task needs a Camunda Form (camunda:formRef). */
module.exports = function() {
  function check(node, reporter) {
    if (is(node, 'bpmn:UserTask') && blank(camundaAttribute(node, 'formRef'))) {
      reporter.report(node.id, 'User task needs a Camunda Form (camunda:formRef)');
    }
  }
  return { check };
};
