const { is } = require('bpmnlint-utils');

/** No script tasks: process owners change the business, not code (docs/adr/0002). */
module.exports = function() {
  function check(node, reporter) {
    if (is(node, 'bpmn:ScriptTask')) {
      reporter.report(node.id, 'Script tasks are not allowed: the engine refuses them at deployment');
    }
  }
  return { check };
};
