// Preloaded (node --require) into a process the bench measures: prints its CPU time (all threads)
// as it exits. CommonJS, so that it does not set up Node's ES module loader, and written to file
// descriptor 2 directly, so that it does not set up process.stderr's streams: the measured CLI
// needs neither.
const { writeSync } = require('node:fs');
process.on('exit', () => writeSync(2, '\ncchc-cpu ' + JSON.stringify(process.cpuUsage()) + '\n'));
