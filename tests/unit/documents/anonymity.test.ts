import { describe, expect, it } from 'vitest';
import {
  type AnonymityInput,
  anonymise,
  findOtherStudentNames,
  studentLabel,
} from '../../../src/domain/documents/anonymity';

const register = [
  'Ola Nordmann',
  'Jonas Berg',
  'Emma Hansen',
  'Anne-Lise Øvrebø',
  'Liv Strand',
  'Dag Åsen',
  'Kari Nordmann',
  'Lie, Mathias',
  'Per Olav Kråkenes',
];

const find = (text: string, extra: Partial<AnonymityInput> = {}) =>
  findOtherStudentNames({
    text,
    subject: 'Ola Nordmann',
    registerNames: register,
    description: '',
    ...extra,
  });

describe('findOtherStudentNames', () => {
  it('finds full names from the register and letters them in order of appearance', () => {
    expect(find('Emma Hansen og Jonas Berg holdt Ola utenfor. Jonas Berg lo.')).toEqual([
      { name: 'Emma Hansen', suggestion: 'elev A' },
      { name: 'Jonas Berg', suggestion: 'elev B' },
    ]);
  });

  it('finds first names and surnames alone, mapped to the same person', () => {
    expect(find('Jonas Berg dyttet ham. Etterpå sa Jonas unnskyld, og Berg gikk.')).toEqual([
      { name: 'Jonas Berg', suggestion: 'elev A' },
      { name: 'Jonas', suggestion: 'elev A' },
      { name: 'Berg', suggestion: 'elev A' },
    ]);
  });

  it('finds a first name at the start of a sentence when it is no ordinary word', () => {
    expect(find('Emma tok sekken hans.')).toEqual([{ name: 'Emma', suggestion: 'elev A' }]);
  });

  it('handles hyphenated names and æøå, and does not split a compound name', () => {
    expect(find('Anne-Lise Øvrebø sa det. Senere kom Anne-Lise tilbake med Øvrebø-gjengen.')).toEqual([
      { name: 'Anne-Lise Øvrebø', suggestion: 'elev A' },
      { name: 'Anne-Lise', suggestion: 'elev A' },
      { name: 'Øvrebø', suggestion: 'elev A' },
    ]);
    // A first name inside someone else's compound name is not that person.
    expect(find('Hun heter Lise-Marie.', { registerNames: ['Lise Dahl'] })).toEqual([]);
    expect(find('Dette gjaldt Anne.', { registerNames: ['Anne-Lise Øvrebø'] })).toEqual([]);
  });

  it('matches whole words only', () => {
    expect(find('Emmanuel og Jonasen var der, og Hansenfamilien.')).toEqual([]);
  });

  it('is case-sensitive for single names but not for full names', () => {
    expect(find('det var en emma der')).toEqual([]);
    expect(find('det var emma hansen igjen')).toEqual([{ name: 'emma hansen', suggestion: 'elev A' }]);
  });

  it('does not take ordinary words for names at the start of a sentence', () => {
    expect(find('Liv og helse er viktig. Dag etter dag gikk det bra.')).toEqual([]);
    // …but does in the middle of a sentence, where only a name is capitalised.
    expect(find('Han var sammen med Liv og Dag hele dagen.')).toEqual([
      { name: 'Liv', suggestion: 'elev A' },
      { name: 'Dag', suggestion: 'elev B' },
    ]);
  });

  it('treats a word the text also uses in lower case as ordinary at sentence start', () => {
    const registerNames = ['Kristian Bakke'];
    expect(find('Bakke opp og bakke ned.', { registerNames })).toEqual([]);
  });

  it('never reports the subject, nor a name the subject shares', () => {
    expect(find('Ola Nordmann er lei seg. Ola vil ha det bra. Nordmann er etternavnet.')).toEqual([]);
    // A sister with the same surname: full name and first name are hers, the surname alone is ambiguous.
    expect(find('Kari Nordmann hjalp. Kari er storesøster. Nordmann.')).toEqual([
      { name: 'Kari Nordmann', suggestion: 'elev A' },
      { name: 'Kari', suggestion: 'elev A' },
    ]);
  });

  it('accepts the subject written surname first, and register names written that way', () => {
    expect(find('Mathias Lie og Ola var ute.', { subject: 'Nordmann, Ola' })).toEqual([
      { name: 'Mathias Lie', suggestion: 'elev A' },
    ]);
  });

  it('finds multi-part names and genitives', () => {
    expect(find('Per Olav Kråkenes kom. Emmas sekk var borte, og Jonas Bergs lue.')).toEqual([
      { name: 'Per Olav Kråkenes', suggestion: 'elev A' },
      { name: 'Emmas', suggestion: 'elev B sin' },
      { name: 'Jonas Bergs', suggestion: 'elev C sin' },
    ]);
  });

  it('gives a shared first name to the person named in full', () => {
    const registerNames = ['Emma Hansen', 'Emma Lie'];
    expect(
      find('Jonas Berg var der. Emma Lie kom. Emma gikk.', {
        registerNames: [...registerNames, 'Jonas Berg'],
      }),
    ).toEqual([
      { name: 'Jonas Berg', suggestion: 'elev A' },
      { name: 'Emma Lie', suggestion: 'elev B' },
      { name: 'Emma', suggestion: 'elev B' },
    ]);
    expect(find('Emma gikk.', { registerNames })).toEqual([{ name: 'Emma', suggestion: 'elev A' }]);
  });

  it('does not report ignored names such as staff', () => {
    expect(find('Kontaktlærer Jonas fulgte opp.', { ignore: ['Jonas Lærer'] })).toEqual([]);
    expect(find('Jonas Berg og lærer Jonas.', { ignore: ['Jonas Lærer'] })).toEqual([
      { name: 'Jonas Berg', suggestion: 'elev A' },
    ]);
  });

  it('does not treat "elev A" or acronyms as names', () => {
    expect(find('Elev A og elev B snakket med PPT og BUP.')).toEqual([]);
  });

  describe('names from the case description', () => {
    const description =
      'I friminuttet sa Sander Moe og Tobias at Ola ikke fikk være med. Mandag skjedde det igjen på Snapchat. ' +
      'Rektor ble varslet. Etter skolen fulgte Tobias etter ham.';

    it('finds capitalised words that do not start a sentence, with their neighbours', () => {
      expect(
        find('Sander Moe og Tobias var med. Tobias sa at Ola var teit.', { description, registerNames: [] }),
      ).toEqual([
        { name: 'Sander Moe', suggestion: 'elev A' },
        { name: 'Tobias', suggestion: 'elev B' },
      ]);
      expect(find('Sander sa nei.', { description, registerNames: [] })).toEqual([
        { name: 'Sander', suggestion: 'elev A' },
      ]);
    });

    it('ignores weekdays, months, roles, apps, sentence-initial words and the subject', () => {
      const text = 'Mandag i Mars meldte Rektor via Snapchat at Ola og I friminuttet.';
      expect(find(text, { description, registerNames: [] })).toEqual([]);
      const sloppy =
        'Det skjedde på Mandag i Mars, meldt til Rektor og Kontaktlærer via Snapchat og TikTok av Mamma. ' +
        'Ola Nordmann gråt. Eleven sa at PPT og BUP var koblet inn. Senere kom Statsforvalteren inn i saken.';
      expect(find(sloppy, { description: sloppy, registerNames: [] })).toEqual([]);
    });

    it('does not take a sentence-initial function word into a name', () => {
      expect(
        find('Da Selma kom, gikk de.', { description: 'Da Selma kom, gikk Ola.', registerNames: [] }),
      ).toEqual([{ name: 'Selma', suggestion: 'elev A' }]);
    });

    it('does not count a capitalised word that the description also writes in lower case', () => {
      expect(
        find('Det var i Friminuttet.', {
          description: 'Det var i Friminuttet, friminuttet var kaotisk.',
          registerNames: [],
        }),
      ).toEqual([]);
    });

    it('merges with the register rather than duplicating a person', () => {
      const found = find('Jonas Berg og Jonas.', { description: 'Det var Jonas som startet.' });
      expect(found).toEqual([
        { name: 'Jonas Berg', suggestion: 'elev A' },
        { name: 'Jonas', suggestion: 'elev A' },
      ]);
    });

    it('handles æøå and hyphens in names from the description', () => {
      expect(
        find('Siri-Åse Østby var der.', {
          description: 'Det var Siri-Åse Østby som sa det.',
          registerNames: [],
        }),
      ).toEqual([{ name: 'Siri-Åse Østby', suggestion: 'elev A' }]);
    });

    it('treats quotations, colons and abbreviations sensibly', () => {
      expect(
        find('Hun sa: «Kom igjen». Kom hit.', { description: 'Hun sa: Kom hit.', registerNames: [] }),
      ).toEqual([]);
      expect(
        find('Noen, f.eks. Hedda, lo.', { description: 'Noen, f.eks. Hedda, lo av ham.', registerNames: [] }),
      ).toEqual([{ name: 'Hedda', suggestion: 'elev A' }]);
      expect(
        find('Det var i 7. Trinn.', { description: 'Dette skjedde i 7. trinn.', registerNames: [] }),
      ).toEqual([]);
    });
  });

  it('returns nothing for empty input', () => {
    expect(find('')).toEqual([]);
    expect(findOtherStudentNames({ text: 'Emma', subject: '', registerNames: [], description: '' })).toEqual(
      [],
    );
  });
});

describe('studentLabel', () => {
  it('letters A–Z, then AA', () => {
    expect(studentLabel(0)).toBe('elev A');
    expect(studentLabel(25)).toBe('elev Z');
    expect(studentLabel(26)).toBe('elev AA');
    expect(studentLabel(27)).toBe('elev AB');
  });
});

describe('anonymise', () => {
  it('replaces the findings literally, longest first, whole words only', () => {
    const text = 'Jonas Berg lo. Så sa Jonas noe til Jonasen. Emmas sekk. Dette gjaldt Jonas.';
    const findings = find(text);
    expect(anonymise(text, findings)).toBe(
      'Elev A lo. Så sa elev A noe til Jonasen. Elev B sin sekk. Dette gjaldt elev A.',
    );
  });

  it('takes a plain map, treats pattern characters literally, and leaves compound names alone', () => {
    expect(
      anonymise('Hei (Jo) og A.B og Anne-Lise og Anne.', {
        '(Jo)': 'elev A',
        'A.B': 'elev B',
        Anne: 'elev C',
      }),
    ).toBe('Hei elev A og elev B og Anne-Lise og elev C.');
    expect(anonymise('Kostet $1', { Kostet: '$& $1' })).toBe('$& $1 $1');
    expect(anonymise('tekst', {})).toBe('tekst');
  });

  it('leaves no name behind for the findings it is given', () => {
    const text = 'Anne-Lise Øvrebø og Tobias. Tobias sa at Anne-Lise var sur.';
    const findings = find(text, { description: 'Det gjaldt Tobias.' });
    const out = anonymise(text, findings);
    expect(find(out, { description: 'Det gjaldt Tobias.' })).toEqual([]);
    expect(out).toBe('Elev A og elev B. Elev B sa at elev A var sur.');
  });
});
