// Development entry point (`npm run dev` watches it): the same server as `quorum serve`.
import { main } from './cli.ts';

await main([process.argv[0] ?? 'node', 'quorum', 'serve']);
