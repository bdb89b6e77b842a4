package io.trustbench.pki.core;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;

/** Software P-256 keys standing in for secure elements in tests (seeded: runs are repeatable). */
public final class TestKeys {

	private TestKeys() {
	}

	public static KeyPair generate(long seed) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
			random.setSeed(seed);
			generator.initialize(new ECGenParameterSpec("secp256r1"), random);
			return generator.generateKeyPair();
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** X‖Y, 64 bytes. */
	public static byte[] raw(KeyPair pair) {
		ECPublicKey key = (ECPublicKey) pair.getPublic();
		byte[] out = new byte[64];
		put(key.getW().getAffineX(), out, 0);
		put(key.getW().getAffineY(), out, 32);
		return out;
	}

	/** Signs a 32-byte digest like a secure element: R‖S. */
	public static byte[] signDigest(KeyPair pair, byte[] digest) {
		try {
			java.security.Signature signer = java.security.Signature.getInstance("NONEwithECDSA");
			signer.initSign(pair.getPrivate());
			signer.update(digest);
			ASN1Sequence seq = ASN1Sequence.getInstance(signer.sign());
			byte[] out = new byte[64];
			put(ASN1Integer.getInstance(seq.getObjectAt(0)).getValue(), out, 0);
			put(ASN1Integer.getInstance(seq.getObjectAt(1)).getValue(), out, 32);
			return out;
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static void put(BigInteger value, byte[] out, int at) {
		byte[] bytes = value.toByteArray();
		int start = bytes.length > 32 ? bytes.length - 32 : 0;
		int length = bytes.length - start;
		System.arraycopy(bytes, start, out, at + 32 - length, length);
	}
}
