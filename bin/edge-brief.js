#!/usr/bin/env node
// `npx edge-brief`: the command line runs the engine's TypeScript source through tsx's loader, so
// the CLI and the Worker run the very same code with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../scripts/brief.ts');
