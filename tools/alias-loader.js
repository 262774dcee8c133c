// Node resolves bare `@crm/<lib>` imports to the compiled libraries in dist/, mirroring the
// `paths` in tsconfig.json (tsc does not rewrite path aliases in its output).
import { register } from 'node:module';

register('./alias-resolve-hook.js', import.meta.url);
