/**
 * Whether an identifier is a Norwegian national identity number (fødselsnummer, or a D-number): eleven
 * digits whose last two are the modulus-11 check digits of the first nine. An extract must carry
 * pseudonyms; a real identity number in it is a data-protection breach the validator stops.
 */
const weights1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const weights2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function checkDigit(digits: number[], weights: number[]): number | null {
  const rest = 11 - (weights.reduce((sum, w, i) => sum + w * digits[i], 0) % 11);
  return rest === 11 ? 0 : rest === 10 ? null : rest;
}

export function isNationalIdentityNumber(id: string): boolean {
  if (!/^\d{11}$/.test(id)) return false;
  const digits = [...id].map(Number);
  const k1 = checkDigit(digits, weights1);
  if (k1 === null || k1 !== digits[9]) return false;
  const k2 = checkDigit(digits, weights2);
  return k2 !== null && k2 === digits[10];
}
