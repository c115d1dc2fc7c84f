const { is, isAny } = require('bpmnlint-utils');

/**
 * Tasks, sub-processes, call activities and gateways that decide (more than one way out) carry a
 * name: staff, process owners and auditors read the diagram, not ids.
 */
module.exports = function() {
  function check(node, reporter) {
    const named = node.name && node.name.trim() !== '';
    if (named) {
      return;
    }
    if (isAny(node, [ 'bpmn:Task', 'bpmn:SubProcess', 'bpmn:CallActivity' ])) {
      reporter.report(node.id, 'Element needs a name');
    } else if (is(node, 'bpmn:Gateway') && (node.outgoing || []).length > 1) {
      reporter.report(node.id, 'Gateway that decides needs a name (the question it asks)');
    }
  }
  return { check };
};
