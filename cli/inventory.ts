// What already exists in Drive, from one paged listing of the tool's tagged files: the source of truth
// for resuming, since Drive records a create the moment it happens and the registry is written in batches.
import type { Context } from './context';
import { listTagged, type TaggedFile } from './google/drive';

export interface SchoolFiles {
  sheet?: TaggedFile;
  report?: TaggedFile;
}

export interface Inventory {
  registry?: TaggedFile;
  channelForm?: TaggedFile;
  channelResponses?: TaggedFile;
  municipalReport?: TaggedFile;
  schools: Map<string, SchoolFiles>;
  /** Later files with the same role (and school) as an earlier one: reported, never used. */
  duplicates: TaggedFile[];
}

export async function loadInventory(ctx: Context): Promise<Inventory> {
  const files = await listTagged(ctx);
  const inv: Inventory = { schools: new Map(), duplicates: [] };
  // Oldest first: the first file of a role wins, so every run picks the same one.
  const keep = <T extends TaggedFile | undefined>(current: T, f: TaggedFile): TaggedFile => {
    if (current) {
      inv.duplicates.push(f);
      return current;
    }
    return f;
  };
  for (const f of files) {
    const school = f.props.school;
    switch (f.props.role) {
      case 'registry':
        inv.registry = keep(inv.registry, f);
        break;
      case 'channel-form':
        inv.channelForm = keep(inv.channelForm, f);
        break;
      case 'channel-responses':
        inv.channelResponses = keep(inv.channelResponses, f);
        break;
      case 'municipal-report':
        inv.municipalReport = keep(inv.municipalReport, f);
        break;
      case 'school':
      case 'report': {
        if (!school) break;
        const entry = inv.schools.get(school) ?? {};
        if (f.props.role === 'school') entry.sheet = keep(entry.sheet, f);
        else entry.report = keep(entry.report, f);
        inv.schools.set(school, entry);
        break;
      }
    }
  }
  return inv;
}
