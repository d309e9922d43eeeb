/**
 * Ends the run with one plain line, `tests: N passed, N failed, N skipped`, that any CI reader can
 * parse without vitest's colours and layout.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class PlainSummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const count = (state: 'passed' | 'failed' | 'skipped'): number =>
      modules.reduce((sum, m) => sum + [...m.children.allTests(state)].length, 0);
    const failedModules = modules.filter(
      (m) => m.state() === 'failed' && m.children.size === 0,
    ).length;
    process.stdout.write(
      `\ntests: ${count('passed')} passed, ${count('failed') + failedModules} failed, ${count('skipped')} skipped\n`,
    );
  }
}
