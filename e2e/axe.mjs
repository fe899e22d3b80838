// Accessibility check shared by the end-to-end tests: serious and critical axe findings only.
import AxeBuilder from '@axe-core/playwright';

export async function seriousViolations(page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
