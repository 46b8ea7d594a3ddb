// Preloaded (node --require) into a process the bench measures: prints its CPU time (all threads)
// as it exits. CommonJS, so that it does not set up Node's ES module loader, which the measured
// CLI does not need either.
process.on('exit', () => process.stderr.write('\ncchc-cpu ' + JSON.stringify(process.cpuUsage()) + '\n'));
