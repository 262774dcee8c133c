/**
 * A report amount written the way an analyst reads it: `money('GBP', '90.00')` is 9000 pence.
 * The minor units come from the text's digits, not from the code under test.
 */
export const money = (currency: string, amount: string) => ({ currency, minor: Number(amount.replace('.', '')), amount });

/** The same from minor units, for currencies of two decimals (GBP, EUR, USD). */
export const cents = (currency: string, minor: number) => ({ currency, minor, amount: (minor / 100).toFixed(2) });
