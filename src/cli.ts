console.log('model-release-gate: the command line is being written');
