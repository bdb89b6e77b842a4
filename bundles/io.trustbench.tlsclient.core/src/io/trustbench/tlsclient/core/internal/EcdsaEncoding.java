package io.trustbench.tlsclient.core.internal;

import java.io.IOException;
import java.math.BigInteger;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/** P-256 encodings between TLS/X.509 (DER signatures, EC points) and the device (R‖S, X‖Y). */
public final class EcdsaEncoding {

	private static final X9ECParameters P256 = ECNamedCurveTable.getByName("secp256r1");

	private EcdsaEncoding() {
	}

	/** Device R‖S (64 bytes) → DER ECDSA-Sig-Value. */
	public static byte[] toDer(byte[] rs) throws IOException {
		if (rs.length != 64) {
			throw new IOException("device signature is " + rs.length + " bytes, not 64 (R‖S)");
		}
		BigInteger r = new BigInteger(1, java.util.Arrays.copyOfRange(rs, 0, 32));
		BigInteger s = new BigInteger(1, java.util.Arrays.copyOfRange(rs, 32, 64));
		return new DERSequence(new ASN1Integer[] { new ASN1Integer(r), new ASN1Integer(s) }).getEncoded("DER");
	}

	/** DER ECDSA-Sig-Value → R‖S for P-256, or null when it is not a well-formed P-256 signature. */
	public static byte[] toRaw(byte[] der) {
		try {
			ASN1Primitive parsed = der == null || der.length == 0 ? null : ASN1Primitive.fromByteArray(der);
			if (!(parsed instanceof ASN1Sequence seq) || seq.size() != 2) {
				return null;
			}
			BigInteger r = ASN1Integer.getInstance(seq.getObjectAt(0)).getPositiveValue();
			BigInteger s = ASN1Integer.getInstance(seq.getObjectAt(1)).getPositiveValue();
			if (r.bitLength() > 256 || s.bitLength() > 256) {
				return null;
			}
			byte[] out = new byte[64];
			BigIntegers.asUnsignedByteArray(r, out, 0, 32);
			BigIntegers.asUnsignedByteArray(s, out, 32, 32);
			return out;
		} catch (IOException | RuntimeException e) {
			// Whatever BouncyCastle's ASN.1 parser objects to, the answer is "not a signature".
			return null;
		}
	}

	/** X‖Y of a P-256 public key, or null for any other curve. */
	public static byte[] p256PublicKey(ECPublicKeyParameters key) {
		if (!key.getParameters().getCurve().equals(P256.getCurve()) || !key.getParameters().getG().equals(P256.getG())) {
			return null;
		}
		ECPoint q = key.getQ().normalize();
		byte[] xy = new byte[64];
		System.arraycopy(q.getAffineXCoord().getEncoded(), 0, xy, 0, 32);
		System.arraycopy(q.getAffineYCoord().getEncoded(), 0, xy, 32, 32);
		return xy;
	}
}
