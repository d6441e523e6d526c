// Loaded with `node --import ./bench/rss-probe.mjs ...`: prints the process's peak RSS on exit, so the
// benchmark measures the CLI itself without relying on /usr/bin/time.
process.on('exit', () => {
  process.stderr.write(`\n__PEAK_RSS_KB__=${process.resourceUsage().maxRSS}\n`);
});
