#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx: no build step between `npm install` and use.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../server/src/cli.ts');
await main(process.argv);
