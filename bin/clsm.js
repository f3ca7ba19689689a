#!/usr/bin/env node
// Thin shim: the bootstrap loads the CLI bundle and runs it (src/bootstrap.ts). CommonJS (bin/package.json): Node
// starts a CommonJS entry point ~8 ms sooner than an ES module, on every run.
require('../dist/bootstrap.cjs');
