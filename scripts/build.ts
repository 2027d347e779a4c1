/** `npm run build`: the whole front end into dist/web (see scripts/lib/build.ts). */
import { buildFrontEnd } from './lib/build.ts';

buildFrontEnd();
