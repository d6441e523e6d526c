import { createRequire as __mrgCreateRequire } from 'module'; const require = __mrgCreateRequire(import.meta.url);

// src/main.ts
console.log("model-release-gate: the action is being written");
