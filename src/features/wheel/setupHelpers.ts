import type { Table } from '../../gas/table';
import type { SetupContext } from '../setup/setupStep';

/** True when the sheet has no row below the header with anything in it. */
export function hasNoDataRows(table: Table): boolean {
  for (let i = 0; i < table.rowCount; i++) {
    for (const h of table.header) if (table.text(i, h) !== '') return false;
  }
  return true;
}

/** The addresses a role stands for, when the settings know them ("Rektor", "Ledelsen"/"Leiinga"). */
export function emailsForRole(ctx: SetupContext, role: string): string {
  const s = ctx.settings();
  const r = role.trim().toLowerCase();
  if (r === 'rektor') return s.rektorEmail;
  if (r === 'ledelsen' || r === 'leiinga') return s.leadership.join(', ');
  return '';
}
