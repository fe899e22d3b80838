// Accessibility check shared by the end-to-end tests: every axe violation, of any impact
// (minor and moderate too), as "rule: targets" lines; an empty list is a pass.
import AxeBuilder from '@axe-core/playwright';

export async function axeViolations(page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
