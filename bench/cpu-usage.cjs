// Preloaded (node -r) into the processes a benchmark times: prints the CPU time the whole process
// used, all its threads together, so a figure still means something on a loaded machine.
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\ncpu-usage-us ${user + system}\n`);
});
