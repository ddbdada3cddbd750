import { serveVerification } from './verify-record.ts';

// The verifier page's worker (verifyOffThread): the proofs are checked here, off the page's thread.
serveVerification(self as unknown as Parameters<typeof serveVerification>[0]);
