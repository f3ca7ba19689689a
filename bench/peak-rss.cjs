// Preloaded into each measured process: appends its peak resident memory (KiB) to $CLSM_BENCH_RSS.
const fs = require('node:fs');
process.on('exit', () => {
  if (process.env.CLSM_BENCH_RSS) fs.appendFileSync(process.env.CLSM_BENCH_RSS, `${process.resourceUsage().maxRSS}\n`);
});
