import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { decimalToMinorUnits, decimalToUnitPrice } from './decimal-minor-units.js';

describe('decimalToMinorUnits', () => {
  it.each([
    ['2.55', 255],
    ['0.29', 29],
    ['1.1', 110],
    ['7', 700],
    ['-11062.06', -1106206],
    ['.5', 50],
    ['0.000', 0],
    ['3.100', 310],
  ])('%s GBP is %d pence', (text, pence) => {
    expect(decimalToMinorUnits(text, 'GBP')).toBe(pence);
  });

  it('knows currencies without minor units', () => {
    expect(decimalToMinorUnits('1500', 'JPY')).toBe(1500);
    expect(() => decimalToMinorUnits('1500.5', 'JPY')).toThrow('fraction');
  });

  it.each([
    ['0.001', 'has a fraction of the smallest unit of GBP'],
    ['1,50', 'is not a decimal number'],
    ['', 'is not a decimal number'],
    ['1e3', 'is not a decimal number'],
  ])('refuses %j', (text, reason) => {
    expect(() => decimalToMinorUnits(text, 'GBP')).toThrow(reason);
  });

  it('is exact for every amount with two decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        const text = `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;
        expect(decimalToMinorUnits(text, 'EUR')).toBe(cents === 0 ? 0 : cents);
      }),
    );
  });
});

describe('decimalToUnitPrice', () => {
  it.each([
    ['0.001', 'GBP', 0.1],
    ['2.55', 'GBP', 255],
    ['0.0001', 'GBP', 0.01],
    ['-1.2345', 'EUR', -123.45],
    ['0.5', 'JPY', 0.5],
    ['1.0005', 'KWD', 1000.5],
  ])('%s %s is %d minor units', (text, currency, minor) => {
    expect(decimalToUnitPrice(text, currency)).toBe(minor);
  });

  it('refuses a fifth decimal place and what is not a decimal', () => {
    expect(() => decimalToUnitPrice('0.00001', 'GBP')).toThrow('has more than 4 decimal places');
    expect(() => decimalToUnitPrice('1,5', 'GBP')).toThrow('is not a decimal number');
  });
});
