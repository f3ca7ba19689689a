// Preloaded into each measured process (with --expose-gc). At exit it appends "peak resident KiB, live heap
// KiB" to $CLSM_BENCH_RSS. The live heap is measured in the middle of the work: after a full collection at
// the $CLSM_BENCH_SAMPLE_AT-th file read, so that it counts what the run holds, not garbage.
const fs = require('node:fs');

let live = 0;
const sampleAt = Number(process.env.CLSM_BENCH_SAMPLE_AT || 0);
if (sampleAt > 0 && typeof global.gc === 'function') {
  const readFileSync = fs.readFileSync;
  let reads = 0;
  fs.readFileSync = function countedReadFileSync(...args) {
    if (++reads === sampleAt) {
      global.gc();
      live = Math.round(process.memoryUsage().heapUsed / 1024);
    }
    return readFileSync.apply(this, args);
  };
}

process.on('exit', () => {
  if (process.env.CLSM_BENCH_RSS) fs.appendFileSync(process.env.CLSM_BENCH_RSS, `${process.resourceUsage().maxRSS} ${live}\n`);
});
