// Runs before `npm start` and `npm test` on any Node (the project's own Node 24 arrives with
// `npm ci`): installs the npm packages when they are missing or older than the lock file, and with
// --test makes sure the Chromium the browser tests drive and the Java the HTML validator needs are there.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const run = (command) => execSync(command, { stdio: 'inherit' });
const installed = 'node_modules/.package-lock.json';
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync('package-lock.json').mtimeMs) {
  console.log('Installing npm packages (npm ci)…');
  run('npm ci');
}

if (process.argv.includes('--test')) {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const hasJava = () => {
    try {
      execSync('java -version', { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  const missing = [
    ...(existsSync(chromium) ? [] : [{ what: `Chromium at ${chromium}`, debian: 'chromium' }]),
    ...(hasJava() ? [] : [{ what: 'Java (for the Nu Html Checker)', debian: 'default-jre-headless' }]),
  ];
  if (missing.length > 0) {
    const packages = missing.map((m) => m.debian).join(' ');
    const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
    if (!canInstall) {
      console.error(
        `The tests need ${missing.map((m) => m.what).join(' and ')}. Install them (Debian: sudo apt-get install -y ${packages})` +
          `${existsSync(chromium) ? '' : ' or set CHROMIUM_PATH'}.`,
      );
      process.exit(1);
    }
    console.log(`Installing ${packages} for the tests (apt-get)…`);
    run(`apt-get update && apt-get install -y ${packages}`);
  }
}
