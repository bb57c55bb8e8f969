// The CSV of schools: separators, header names, keys, and errors that name lines, never addresses.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../cli/google/errors';
import { parseSchools, schoolKey } from '../../cli/schools';

describe('parseSchools', () => {
  it('reads comma or semicolon files with Norwegian or English headers', () => {
    const semi = parseSchools(
      '\uFEFFSkole;Rektors e-post;Kontakt\nBøler skole;Rektor@Boler.no;\nÅsen skole;r@asen.no;k@kommune.no\n',
    );
    expect(semi).toEqual([
      { key: 'boler-skole', name: 'Bøler skole', rektorEmail: 'rektor@boler.no', contactEmail: '' },
      { key: 'asen-skole', name: 'Åsen skole', rektorEmail: 'r@asen.no', contactEmail: 'k@kommune.no' },
    ]);
    const comma = parseSchools('id,name,email\n974 123 456,"Skole, Nord",a@b.no\n');
    expect(comma[0]).toMatchObject({ key: '974-123-456', name: 'Skole, Nord' });
  });

  it('lists every problem by line, without repeating an address', () => {
    try {
      parseSchools('skole;rektor;kontakt\nA;hemmelig@@adresse;\nB;b@b.no;ikke-epost\nA;a@a.no;\n');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      const text = (error as Error).message;
      expect(text).toContain('Linje 2: rektors e-postadresse mangler eller er ugyldig.');
      expect(text).toContain('Linje 3: kontaktens e-postadresse er ugyldig.');
      expect(text).toContain('Linje 4: samme skole (nøkkel «a») som linje 2.');
      expect(text).not.toContain('hemmelig');
    }
  });

  it('needs the two required columns', () => {
    expect(() => parseSchools('navn;telefon\nA;123\n')).toThrow(/kolonnene «skole» og «rektor»/);
  });

  it('makes readable ASCII keys', () => {
    expect(schoolKey('Kjelsås skole (1–7)')).toBe('kjelsas-skole-1-7');
    expect(schoolKey('Ørnes Ungdomsskole')).toBe('ornes-ungdomsskole');
  });
});
