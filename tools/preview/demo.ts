import type { Emulator } from '../emulator/emulator';
import type { PreviewExtras } from './render';

/**
 * The demo school's story, run through the product's own entry points: the rektor installs the add-on
 * and sets it up; later steps of the story are added as the features grow.
 */
export function runDemo(emu: Emulator): PreviewExtras {
  const notes: string[] = [];
  emu.open('NONE');
  emu.run('setUp');
  notes.push('Rektor installerte tillegget og valgte «Sett opp / reparer».');
  emu.open('FULL');
  return { notes, mails: emu.mail.sent };
}
