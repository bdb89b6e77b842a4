package io.trustbench.secureelement.core.internal.emulator;

import java.math.BigInteger;
import java.security.SecureRandom;

import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/** P-256 arithmetic of the emulated chip (BouncyCastle lightweight API), on raw X‖Y / R‖S bytes. */
final class P256 {

	private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256r1");
	private static final ECDomainParameters DOMAIN = new ECDomainParameters(CURVE.getCurve(), CURVE.getG(),
			CURVE.getN(), CURVE.getH());

	/** A public key that is not a point of the curve (the chip refuses it). */
	static final class InvalidPointException extends Exception {
		private static final long serialVersionUID = 1L;

		InvalidPointException(String message) {
			super(message);
		}
	}

	private P256() {
	}

	/** A new private scalar in [1, n-1]. */
	static byte[] newPrivateKey(SecureRandom random) {
		BigInteger n = DOMAIN.getN();
		BigInteger d;
		do {
			d = BigIntegers.createRandomBigInteger(256, random);
		} while (d.signum() == 0 || d.compareTo(n) >= 0);
		return BigIntegers.asUnsignedByteArray(32, d);
	}

	/** True when the scalar is a usable private key. */
	static boolean validPrivateKey(byte[] scalar32) {
		BigInteger d = new BigInteger(1, scalar32);
		return d.signum() > 0 && d.compareTo(DOMAIN.getN()) < 0;
	}

	static byte[] publicKey(byte[] scalar32) {
		ECPoint q = DOMAIN.getG().multiply(new BigInteger(1, scalar32)).normalize();
		return encode(q);
	}

	static byte[] sign(byte[] scalar32, byte[] digest32, SecureRandom random) {
		ECDSASigner signer = new ECDSASigner();
		signer.init(true, new ParametersWithRandom(new ECPrivateKeyParameters(new BigInteger(1, scalar32), DOMAIN),
				random));
		BigInteger[] rs = signer.generateSignature(digest32);
		byte[] out = new byte[64];
		System.arraycopy(BigIntegers.asUnsignedByteArray(32, rs[0]), 0, out, 0, 32);
		System.arraycopy(BigIntegers.asUnsignedByteArray(32, rs[1]), 0, out, 32, 32);
		return out;
	}

	static boolean verify(byte[] publicXY, byte[] digest32, byte[] signature64) throws InvalidPointException {
		ECPoint q = decode(publicXY);
		BigInteger r = new BigInteger(1, java.util.Arrays.copyOfRange(signature64, 0, 32));
		BigInteger s = new BigInteger(1, java.util.Arrays.copyOfRange(signature64, 32, 64));
		ECDSASigner verifier = new ECDSASigner();
		verifier.init(false, new ECPublicKeyParameters(q, DOMAIN));
		return verifier.verifySignature(digest32, r, s);
	}

	/** The X coordinate of d·Q. */
	static byte[] ecdh(byte[] scalar32, byte[] peerXY) throws InvalidPointException {
		ECPoint q = decode(peerXY);
		ECPoint shared = q.multiply(new BigInteger(1, scalar32)).normalize();
		if (shared.isInfinity()) {
			throw new InvalidPointException("shared point is at infinity");
		}
		return BigIntegers.asUnsignedByteArray(32, shared.getAffineXCoord().toBigInteger());
	}

	/** Validates X‖Y as a point of P-256 (coordinates below p, on the curve, not infinity). */
	static ECPoint decode(byte[] xy) throws InvalidPointException {
		if (xy.length != 64) {
			throw new InvalidPointException("public key must be 64 bytes");
		}
		BigInteger x = new BigInteger(1, java.util.Arrays.copyOfRange(xy, 0, 32));
		BigInteger y = new BigInteger(1, java.util.Arrays.copyOfRange(xy, 32, 64));
		BigInteger p = DOMAIN.getCurve().getField().getCharacteristic();
		if (x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
			throw new InvalidPointException("coordinate not below p");
		}
		try {
			ECPoint point = DOMAIN.getCurve().validatePoint(x, y);
			if (point.isInfinity()) {
				throw new InvalidPointException("point at infinity");
			}
			return point;
		} catch (IllegalArgumentException e) {
			throw new InvalidPointException("point not on P-256");
		}
	}

	static byte[] encode(ECPoint point) {
		ECPoint q = point.normalize();
		byte[] out = new byte[64];
		System.arraycopy(BigIntegers.asUnsignedByteArray(32, q.getAffineXCoord().toBigInteger()), 0, out, 0, 32);
		System.arraycopy(BigIntegers.asUnsignedByteArray(32, q.getAffineYCoord().toBigInteger()), 0, out, 32, 32);
		return out;
	}
}
