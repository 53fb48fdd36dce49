import { describe, expect, it } from 'vitest';
import { forgetPrivateStorage, privateStorageKey } from './private-storage';

describe('forgetPrivateStorage', () => {
  it('removes private keys and keeps everything else', () => {
    localStorage.setItem(privateStorageKey('desk-ticket-index:demo'), '{}');
    localStorage.setItem(privateStorageKey('other'), '{}');
    localStorage.setItem('lanyard:desk-queue:demo', '[]');
    forgetPrivateStorage();
    expect(localStorage.getItem(privateStorageKey('desk-ticket-index:demo'))).toBeNull();
    expect(localStorage.getItem(privateStorageKey('other'))).toBeNull();
    expect(localStorage.getItem('lanyard:desk-queue:demo')).toBe('[]');
  });
});
