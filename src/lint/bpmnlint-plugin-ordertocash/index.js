// The order-to-cash conventions for models (see README, "Checking models"). Each rule is a file in rules/.
module.exports = {
  configs: {
    recommended: {
      rules: {
        'ordertocash/user-task-candidate-group': 'error',
        'ordertocash/user-task-due-date': 'error',
        'ordertocash/user-task-form': 'error',
        'ordertocash/named-elements': 'error',
        'ordertocash/history-time-to-live': 'error',
        'ordertocash/no-script': 'error'
      }
    }
  },
  rules: {
    'user-task-candidate-group': './rules/user-task-candidate-group',
    'user-task-due-date': './rules/user-task-due-date',
    'user-task-form': './rules/user-task-form',
    'named-elements': './rules/named-elements',
    'history-time-to-live': './rules/history-time-to-live',
    'no-script': './rules/no-script'
  }
};
