import { describe, expect, it } from 'vitest';
import { findEnhancedCodes, findReplyCodes, findTokens } from '../../src/core/codes';

describe('enhanced status codes', () => {
  it('reads three-digit subjects and details and the Exchange #form', () => {
    expect(findEnhancedCodes('550 5.7.26 Unauthenticated').map((c) => c.code)).toEqual(['5.7.26']);
    expect(findEnhancedCodes('451 4.7.650 The mail server has been temporarily rate limited').map((c) => c.code)).toEqual(['4.7.650']);
    expect(findEnhancedCodes('Unable to deliver message. #5.1.0 Address rejected.').map((c) => c.code)).toEqual(['5.1.0']);
    expect(findEnhancedCodes('Status: 5.1.1').map((c) => c.code)).toEqual(['5.1.1']);
  });
  it('ignores versions, IP addresses, dates and invalid classes', () => {
    for (const text of ['version 5.1.1', 'v2.5.1', 'server 192.0.2.1', 'on 2.5.2025', 'release 4.2.2', '3.1.1 is not a class', 'subject 5.9.1', '10.5.1.1']) {
      expect(findEnhancedCodes(text), text).toEqual([]);
    }
  });
});

describe('basic reply codes', () => {
  it('accepts codes at the start of a line and after reply words', () => {
    expect(findReplyCodes('550 Requested action not taken').map((r) => r.reply)).toEqual(['550']);
    expect(findReplyCodes('host x[192.0.2.1] said: 554 5.7.1 rejected')[0]).toMatchObject({ reply: '554', status: '5.7.1' });
    expect(findReplyCodes("Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'")[0]).toMatchObject({ reply: '550', status: '5.1.10' });
    expect(findReplyCodes('Diagnostic-Code: smtp; 452 4.2.2 Mailbox full')[0]).toMatchObject({ reply: '452', status: '4.2.2' });
    expect(findReplyCodes('Error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; not found')[0]).toMatchObject({ reply: '550', status: '5.1.10' });
  });
  it('reads a code split by line wrapping', () => {
    expect(findReplyCodes('<a@example.com>: host mx said: 554\n5.7.1 [CS01] Message rejected')[0]).toMatchObject({ reply: '554', status: '5.7.1' });
  });
  it('does not read phone numbers, prices or counts as replies', () => {
    for (const text of ['Call +1 550 555 0100', 'The total is $550 today', '550 555 0100', 'we sold 550 units', 'at 5.30 pm']) {
      expect(findReplyCodes(text), text).toEqual([]);
    }
  });
});

describe('provider tokens', () => {
  it('reads bracketed tokens and Microsoft AS(...) numbers by grammar', () => {
    expect(findTokens('421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred')).toEqual(['TSS04']);
    expect(findTokens('550 5.7.1 blocked AS(201806281) [BL21]')).toEqual(['AS(201806281)', 'BL21']);
    expect(findTokens('550 5.7.1 Unfortunately, messages from [192.0.2.1] weren\'t sent ... (S3150)')).toContain('S3150');
    expect(findTokens('554 IB212 rejected')).toEqual(['IB212']);
  });
});
