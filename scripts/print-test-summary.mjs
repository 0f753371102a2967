// Prints the test run's counts as one plain line ("N passed, N failed, N skipped") from Vitest's JSON report,
// so CI logs state what ran, not just an exit code.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2] ?? 'test-results.json', 'utf8'));
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
if (report.numTotalTests === 0) {
  console.error('No test ran.');
  process.exit(1);
}
