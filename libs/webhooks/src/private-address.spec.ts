import { isPrivateAddress, resolvesToPrivateAddress } from './private-address.js';

describe('private addresses', () => {
  it.each(['127.0.0.1', '127.255.0.9', '10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.0.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fe80::1', 'fd00::1', '::ffff:10.0.0.1'])('%s is private', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['93.184.215.14', '172.32.0.1', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8', 'example.com'])('%s is not', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });

  it('resolves a name at delivery: localhost points inside', async () => {
    expect(await resolvesToPrivateAddress('http://localhost:9/hook')).toBe(true);
    expect(await resolvesToPrivateAddress('http://127.0.0.1:9/hook')).toBe(true);
    expect(await resolvesToPrivateAddress('https://93.184.215.14/hook')).toBe(false);
  });
});
