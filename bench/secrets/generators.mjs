// The fake-secret generators of the test suite, reused (never copied): test/secrets/fake-keys.ts
// (seeded `Fake`) and test/secrets/corpus.ts (every rule family's formats in .env / .py / .yaml /
// .json / .ts / .xml / shell contexts, plus look-alikes), transpiled with the project's TypeScript
// into .bench-work and imported. Nothing here holds a key: values are generated at run time.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { root, work } from './common.mjs';

const SOURCES = ['fake-keys', 'corpus'];
let transpiled = false;

/**
 * `{ Fake, rng, buildCorpus }` (rng: the seeded PRNG behind Fake). Each buildCorpus() call yields
 * fresh values; each `instance` name gets its own copy of the corpus module (its own seeded
 * state), so a tree's values do not depend on which other trees were built first in the run.
 */
export async function generators(instance) {
  const out = path.join(work, 'generators');
  if (!transpiled) transpile(out);
  transpiled = true;
  const keys = await import(pathToFileURL(path.join(out, 'fake-keys.mjs')).href);
  const corpusUrl = `${pathToFileURL(path.join(out, 'corpus.mjs')).href}?${instance}`;
  const corpus = await import(corpusUrl);
  return { Fake: keys.Fake, rng: keys.rng, buildCorpus: corpus.buildCorpus };
}

function transpile(out) {
  mkdirSync(out, { recursive: true });
  for (const name of SOURCES) {
    const source = readFileSync(path.join(root, 'test', 'secrets', `${name}.ts`), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    // The sources import each other as `./x.js` (NodeNext); the transpiled files are `.mjs`.
    const text = outputText.replace(/from '\.\/([\w-]+)\.js'/g, "from './$1.mjs'");
    writeFileSync(path.join(out, `${name}.mjs`), text);
  }
}
