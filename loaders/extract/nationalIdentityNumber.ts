/**
 * Whether an identifier is a Norwegian national identity number (fødselsnummer, D- or H-number, or a
 * synthetic test number): eleven digits, the first six a birth date (D-numbers add 40 to the day,
 * H-numbers 40 to the month, synthetic numbers 80 to the month), the last two the modulus-11 check digits
 * of the first nine. An extract must carry pseudonyms; an identity number in it is a data-protection
 * breach the validator stops. Requiring the date keeps numeric pseudonyms from matching by chance (the
 * check digits alone pass about 1 in 121 random numbers).
 */
import { daysInMonth } from "./dates.ts";

const weights1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const weights2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function checkDigit(digits: number[], weights: number[]): number | null {
  const rest = 11 - (weights.reduce((sum, w, i) => sum + w * digits[i], 0) % 11);
  return rest === 11 ? 0 : rest === 10 ? null : rest;
}

function birthDateDigits(digits: number[]): boolean {
  let day = digits[0] * 10 + digits[1];
  let month = digits[2] * 10 + digits[3];
  if (day > 40) day -= 40;
  if (month > 80) month -= 80;
  else if (month > 40) month -= 40;
  const year = 2000 + digits[4] * 10 + digits[5]; // the century does not matter but for 29 February
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function isNationalIdentityNumber(id: string): boolean {
  if (!/^\d{11}$/.test(id)) return false;
  const digits = [...id].map(Number);
  if (!birthDateDigits(digits)) return false;
  const k1 = checkDigit(digits, weights1);
  if (k1 === null || k1 !== digits[9]) return false;
  const k2 = checkDigit(digits, weights2);
  return k2 !== null && k2 === digits[10];
}
