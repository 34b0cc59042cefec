// Preloaded with --import: reports the process's peak RSS (worker threads included) on exit.
process.on('exit', () => {
  process.stderr.write(`\nCLAIMSIFT_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
