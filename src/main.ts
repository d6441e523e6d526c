console.log('model-release-gate: the action is being written');
