// Preloaded into each measured process. At exit it appends "peak resident KiB, live heap
// KiB" to $CLSM_BENCH_RSS. The live heap is measured in the middle of the work: after a full collection at
// the $CLSM_BENCH_SAMPLE_AT-th file read or opened, so that it counts what the run holds, not garbage.
const fs = require('node:fs');
const v8 = require('node:v8');
const vm = require('node:vm');

// gc() is exposed only when the sample is taken: with --expose-gc on the command line, V8 would refuse
// clsm's code cache (made without that flag) and the timings would not be those of a real run.
function collectGarbage() {
  v8.setFlagsFromString('--expose-gc');
  vm.runInNewContext('gc')();
}

let live = 0;
const sampleAt = Number(process.env.CLSM_BENCH_SAMPLE_AT || 0);
if (sampleAt > 0) {
  // A file is read with readFileSync (the floor, ajv-cli) or opened with openSync (clsm's bounded read).
  let reads = 0;
  const counted = (original) =>
    function countedRead(...args) {
      if (++reads === sampleAt) {
        collectGarbage();
        live = Math.round(process.memoryUsage().heapUsed / 1024);
      }
      return original.apply(this, args);
    };
  fs.readFileSync = counted(fs.readFileSync);
  fs.openSync = counted(fs.openSync);
}

process.on('exit', () => {
  if (process.env.CLSM_BENCH_RSS) fs.appendFileSync(process.env.CLSM_BENCH_RSS, `${process.resourceUsage().maxRSS} ${live}\n`);
});
