/**
 * Before `npm test`: the browser tests drive Debian's Chromium (/usr/bin/chromium) and read printed
 * pages back with Debian's poppler-utils (pdftoppm, pdftotext). When one is missing, it is installed
 * with apt-get as `.ci/run` does (as root); otherwise this says which command to run. Never a downloaded browser.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian package → a file it installs that the tests use. */
const NEEDED: Record<string, string[]> = {
  chromium: ['/usr/bin/chromium'],
  'poppler-utils': ['/usr/bin/pdftoppm', '/usr/bin/pdftotext'],
};

const missing = Object.entries(NEEDED)
  .filter(([, files]) => files.some((file) => !existsSync(file)))
  .map(([name]) => name);

if (missing.length > 0) {
  const command = `apt-get install -y ${missing.join(' ')}`;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(
      `The browser tests need Debian's ${missing.join(' and ')}. Install ${missing.length > 1 ? 'them' : 'it'} with:\n  sudo apt-get update && sudo ${command}\nthen run npm test again. (No browser is ever downloaded.)`,
    );
    process.exit(1);
  }
  console.log(`› Installing Debian's ${missing.join(', ')} for the browser tests (apt-get, as .ci/run does)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
}
