import { fromBase64url, toBase64url } from './base64url';

/**
 * Ed25519 through WebCrypto, which Node 20 and current browsers both ship: the server signs
 * and an offline desk verifies with the same code and no extra library.
 */
const ED25519 = { name: 'Ed25519' } as const;

export interface EncodedKeyPair {
  /** Raw 32-byte public key, base64url: what desks download. */
  publicKey: string;
  /** PKCS #8, base64url: stays on the server. */
  privateKey: string;
}

export async function generateSigningKeyPair(): Promise<EncodedKeyPair> {
  const pair = (await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  const [publicKey, privateKey] = await Promise.all([
    crypto.subtle.exportKey('raw', pair.publicKey),
    crypto.subtle.exportKey('pkcs8', pair.privateKey),
  ]);
  return {
    publicKey: toBase64url(new Uint8Array(publicKey)),
    privateKey: toBase64url(new Uint8Array(privateKey)),
  };
}

function decodeKey(text: string, what: string): Uint8Array<ArrayBuffer> {
  const bytes = fromBase64url(text);
  if (!bytes) throw new Error(`The ${what} is not base64url`);
  return new Uint8Array(bytes);
}

export function importPublicKey(publicKey: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', decodeKey(publicKey, 'public key'), ED25519, false, ['verify']);
}

export function importPrivateKey(privateKey: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('pkcs8', decodeKey(privateKey, 'private key'), ED25519, false, ['sign']);
}

export async function ed25519Sign(key: CryptoKey, message: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign(ED25519, key, message));
}

export function ed25519Verify(
  key: CryptoKey,
  signature: Uint8Array<ArrayBuffer>,
  message: Uint8Array<ArrayBuffer>,
): Promise<boolean> {
  return crypto.subtle.verify(ED25519, key, signature, message);
}
