#!/usr/bin/env node
// Thin shim so the bin works from the compiled output; all logic lives in src/cli.
import "../dist/cli/main.js";
