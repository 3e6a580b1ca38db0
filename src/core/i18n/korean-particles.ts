/**
 * Korean particles after a word: 이/가, 은/는, 을/를, 과/와, 으로/로 depend on
 * whether the word's last sound ends in a consonant (받침). Hangul says so
 * itself; for Latin names and digits we go by how they are read aloud.
 * Messages should still prefer a following noun ("ChatGPT 서버가") where
 * a name of unknown reading may appear.
 */

/** How a word's reading ends: a vowel, ㄹ, or another consonant. */
type FinalSound = 'vowel' | 'rieul' | 'consonant';

// How the catalog's names and common terms are read ("코파일럿", "미스트랄").
const KNOWN_READINGS: Readonly<Record<string, FinalSound>> = {
  chatgpt: 'vowel',
  claude: 'vowel',
  gemini: 'vowel',
  copilot: 'consonant',
  deepseek: 'vowel',
  poe: 'vowel',
  mistral: 'rieul',
  perplexity: 'vowel',
  'character.ai': 'vowel',
  api: 'vowel',
  dns: 'vowel',
  vpn: 'consonant',
  'wi-fi': 'vowel',
  wifi: 'vowel',
};

// 영 일 이 삼 사 오 육 칠 팔 구
const DIGIT_FINAL: readonly FinalSound[] = ['consonant', 'rieul', 'vowel', 'consonant', 'vowel', 'vowel', 'consonant', 'rieul', 'rieul', 'vowel'];

function finalSound(word: string): FinalSound {
  const trimmed = word.replace(/\s*\([^)]*\)\s*$/, '').trim();
  const lower = trimmed.toLowerCase();
  const known = KNOWN_READINGS[lower] ?? KNOWN_READINGS[lower.split(/\s+/).at(-1) ?? ''];
  if (known !== undefined) return known;
  const last = trimmed.at(-1);
  if (last === undefined) return 'vowel';
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) {
    const jong = (code - 0xac00) % 28;
    return jong === 0 ? 'vowel' : jong === 8 ? 'rieul' : 'consonant';
  }
  if (last >= '0' && last <= '9') return DIGIT_FINAL[Number(last)]!;
  // English endings read with a final consonant in Korean: -l (ㄹ), -m, -n, -ng, -ck/-k, -t, -p.
  if (/l$/i.test(trimmed)) return 'rieul';
  return /(?:[mn]|ng|ck|[ktp])$/i.test(trimmed) ? 'consonant' : 'vowel';
}

/** True when `word` is read with a final consonant (받침). */
export function endsWithConsonant(word: string): boolean {
  return finalSound(word) !== 'vowel';
}

/** The pairs this helper knows: consonant form / vowel form. */
export type ParticlePair = '이/가' | '은/는' | '을/를' | '과/와' | '으로/로' | '이에요/예요';

/** `word` with the right form of `pair` attached: withParticle('ChatGPT', '이/가') → "ChatGPT가". */
export function withParticle(word: string, pair: ParticlePair): string {
  const [afterConsonant, afterVowel] = pair.split('/') as [string, string];
  const sound = finalSound(word);
  // 으로/로: a word ending in ㄹ takes 로, as if it ended in a vowel.
  const consonantForm = pair === '으로/로' ? sound === 'consonant' : sound !== 'vowel';
  return `${word}${consonantForm ? afterConsonant : afterVowel}`;
}
