// The configuration file is validated with messages in French that name the field and the fix.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import defaults from '../../offres.config.ts';
import { ConfigError, getConfigPath, parseConfig } from '../../src/config/load.ts';

const FILE = 'offres.config.ts';

function problemsOf(raw: unknown): string {
  try {
    parseConfig(raw, FILE);
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    return error.message;
  }
  assert.fail('expected a ConfigError');
}

test('the project’s configuration is valid and fills in defaults', () => {
  const config = parseConfig(defaults, FILE);
  assert.equal(config.name, 'Offres');
  assert.equal(config.colors.primary, '#12395b');
  assert.ok(config.font.regular.endsWith('SourceSans3_400Regular.ttf'));
  assert.equal(config.features.pdf, true);
});

test('each wrong field is named with what to write', () => {
  const message = problemsOf({
    ...defaults,
    url: 'offres.example.org',
    colors: { primary: 'bleu', colour: '#fff' },
    publisher: { name: 'Association', address: 'Paris' },
    feedSize: 0,
    timeZone: 'Europe/Parsi',
  });
  assert.match(message, /^Configuration invalide \(offres\.config\.ts\) :/);
  assert.match(
    message,
    /- url : écrivez une adresse web complète, par exemple « https:\/\/offres\.exemple\.fr »/,
  );
  assert.match(
    message,
    /- colors\.primary : écrivez une couleur CSS en hexadécimal, par exemple « #12395b »/,
  );
  assert.match(message, /- colors : champ inconnu « colour »/);
  assert.match(message, /- publisher\.director : champ obligatoire manquant/);
  assert.match(message, /- feedSize : au moins 1/);
  assert.match(message, /- timeZone : un fuseau horaire IANA/);
});

test('a missing font or logo file is named', () => {
  const withFonts = (semiboldItalic: string) =>
    problemsOf({
      ...defaults,
      logo: '/absent.svg',
      font: {
        family: 'X',
        regular: './absent.ttf',
        italic: './absent.otf',
        semibold: 'nope/x.ttf',
        semiboldItalic,
      },
    });
  // The file's type is checked first, then whether each file is there.
  assert.match(
    withFonts('a.woff'),
    /font\.semiboldItalic : donnez un fichier de police TrueType ou OpenType/,
  );
  const files = withFonts('./b.ttf');
  assert.match(files, /font\.regular : fichier introuvable « \.\/absent\.ttf »/);
  assert.match(files, /font\.semibold : fichier introuvable « nope\/x\.ttf »/);
  assert.match(files, /logo : fichier introuvable public\/absent\.svg/);
});

test('OFFRES_CONFIG names another configuration file', () => {
  assert.match(getConfigPath({}), /offres\.config\.ts$/);
  assert.match(
    getConfigPath({ OFFRES_CONFIG: 'tests/fixtures/tremplin/offres.config.ts' }),
    /tremplin\/offres\.config\.ts$/,
  );
});
