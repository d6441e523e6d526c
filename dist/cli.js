#!/usr/bin/env node
import { createRequire as __mrgCreateRequire } from 'module'; const require = __mrgCreateRequire(import.meta.url);

// src/cli.ts
console.log("model-release-gate: the command line is being written");
