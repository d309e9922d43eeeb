/** The deps check as --help and the Action know it (implementation: index.ts). */
import type { CheckInfo } from '../types.js';

export const DEPS_DEFAULTS = {
  osvApi: 'https://api.osv.dev',
  exceptionsDir: 'deps-exceptions',
  maxDays: 30,
  timeoutSeconds: 30,
};

export const DEPS_SPEC: CheckInfo = {
  name: 'deps',
  title: 'Known-vulnerable dependencies',
  commands: [
    {
      name: ['deps'],
      summary:
        'report pinned dependencies affected by published OSV advisories (requirements*.txt, poetry.lock, uv.lock, Pipfile.lock, package-lock.json)',
      positionals: '[PATH…]',
      options: {
        'osv-db': {
          type: 'string',
          multiple: true,
          valueName: 'PATH',
          description:
            'offline advisories: an OSV export archive (<Ecosystem>/all.zip) or a folder of OSV JSON records (repeatable; default: deps.osv-db, else the OSV API)',
        },
        'osv-api': {
          type: 'string',
          valueName: 'URL',
          description: `base URL of the OSV API (default: deps.osv-api, else ${DEPS_DEFAULTS.osvApi})`,
        },
        'exceptions-dir': {
          type: 'string',
          valueName: 'DIR',
          description: `folder of dependency exception files (default: deps.exceptions-dir, else ${DEPS_DEFAULTS.exceptionsDir})`,
        },
        'offline-by-default': {
          type: 'boolean',
          description:
            'never fall back to the public OSV API: advisories from --osv-db / deps.osv-db, or online only when --osv-api / deps.osv-api names the API; with neither, pins are read but not looked up (the summary says so). The pre-commit hook runs this way',
        },
      },
    },
  ],
};
