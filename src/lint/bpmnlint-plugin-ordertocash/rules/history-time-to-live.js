const { is } = require('bpmnlint-utils');
const { camundaAttribute, blank } = require('./camunda');

/** Every executable process says how long its history is kept (camunda:historyTimeToLive). */
module.exports = function() {
  function check(node, reporter) {
    if (is(node, 'bpmn:Process') && node.isExecutable && blank(camundaAttribute(node, 'historyTimeToLive'))) {
      reporter.report(node.id, 'Process needs camunda:historyTimeToLive (how long auditors can read its history)');
    }
  }
  return { check };
};
