import { z } from 'zod';

// zod compiles fast parsers with `new Function` when it can, and merely trying that is a breach of the
// app's Content-Security-Policy (no 'unsafe-eval'), reported on every start. The content is small, so
// the plain parser is fast enough.
z.config({ jitless: true });

export { z };
