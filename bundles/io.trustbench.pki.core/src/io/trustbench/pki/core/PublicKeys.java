package io.trustbench.pki.core;

import java.util.HexFormat;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTNamedCurves;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;

import io.trustbench.pki.core.asn1.OidNames;

/** Describes a SubjectPublicKeyInfo: algorithm, curve, size and key bytes. */
final class PublicKeys {

	private PublicKeys() {
	}

	static PublicKeyInfo describe(SubjectPublicKeyInfo spki) {
		String algorithmOid = spki.getAlgorithm().getAlgorithm().getId();
		String algorithm = OidNames.name(algorithmOid);
		byte[] keyBytes = spki.getPublicKeyData().getBytes();
		switch (algorithmOid) {
		case "1.2.840.10045.2.1" -> {
			ASN1Encodable parameters = spki.getAlgorithm().getParameters();
			if (parameters instanceof ASN1ObjectIdentifier curveOid) {
				String nist = NISTNamedCurves.getName(curveOid);
				String name = nist != null ? nist : ECNamedCurveTable.getName(curveOid);
				X9ECParameters params = ECNamedCurveTable.getByOID(curveOid);
				int bits = params == null ? 0 : params.getCurve().getFieldSize();
				return new PublicKeyInfo(algorithm, algorithmOid, name == null ? curveOid.getId() : name,
						curveOid.getId(), bits, hex(keyBytes), null);
			}
			return new PublicKeyInfo(algorithm, algorithmOid, "explicit parameters", null,
					keyBytes.length > 1 ? (keyBytes.length - 1) * 4 : 0, hex(keyBytes), null);
		}
		case "1.2.840.113549.1.1.1", "1.2.840.113549.1.1.10" -> {
			try {
				RSAPublicKey rsa = RSAPublicKey.getInstance(spki.parsePublicKey());
				return new PublicKeyInfo(algorithm, algorithmOid, null, null, rsa.getModulus().bitLength(),
						hex(rsa.getModulus().toByteArray()), rsa.getPublicExponent().longValue());
			} catch (java.io.IOException | RuntimeException e) {
				return new PublicKeyInfo(algorithm, algorithmOid, null, null, 0, hex(keyBytes), null);
			}
		}
		case "1.3.101.112", "1.3.101.110" -> {
			return new PublicKeyInfo(algorithm, algorithmOid, null, null, 256, hex(keyBytes), null);
		}
		case "1.3.101.113" -> {
			return new PublicKeyInfo(algorithm, algorithmOid, null, null, 456, hex(keyBytes), null);
		}
		case "1.3.101.111" -> {
			return new PublicKeyInfo(algorithm, algorithmOid, null, null, 448, hex(keyBytes), null);
		}
		default -> {
			return new PublicKeyInfo(algorithm, algorithmOid, null, null, keyBytes.length * 8, hex(keyBytes), null);
		}
		}
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}
}
