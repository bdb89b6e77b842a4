package io.trustbench.pki.core;

/**
 * The subject public key as shown to a user.
 *
 * @param algorithm openssl name: id-ecPublicKey, rsaEncryption, ED25519…
 * @param curve     NIST name when there is one (P-256), otherwise the curve's name or OID; null for non-EC keys
 * @param curveOid  dotted OID of the named curve, or null
 * @param bits      key size (field size for EC, modulus size for RSA)
 * @param publicKeyHex lowercase hex of the key: EC point (04‖X‖Y), RSA modulus
 * @param exponent  RSA public exponent, or null
 */
public record PublicKeyInfo(String algorithm, String algorithmOid, String curve, String curveOid, int bits,
		String publicKeyHex, Long exponent) {
}
