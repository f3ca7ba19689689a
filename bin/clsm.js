#!/usr/bin/env node
// Thin shim: the bootstrap loads the CLI bundle and runs it (src/bootstrap.ts).
import '../dist/bootstrap.js';
