package io.trustbench.pki.core.atcacert;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import io.trustbench.pki.core.asn1.DerFormatException;
import io.trustbench.pki.core.asn1.DerNode;
import io.trustbench.pki.core.asn1.DerReader;

/** Converts between the device's raw R‖S signature and X.509's DER ECDSA-Sig-Value. */
public final class EcdsaSignatures {

	private EcdsaSignatures() {
	}

	/** DER SEQUENCE { INTEGER r, INTEGER s } for a 64-byte R‖S. */
	public static byte[] toDer(byte[] rs) {
		if (rs.length != 64) {
			throw new IllegalArgumentException("signature must be 64 bytes (R‖S)");
		}
		byte[] r = integer(Arrays.copyOfRange(rs, 0, 32));
		byte[] s = integer(Arrays.copyOfRange(rs, 32, 64));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(0x30);
		out.write(r.length + s.length);
		out.writeBytes(r);
		out.writeBytes(s);
		return out.toByteArray();
	}

	/** 64-byte R‖S from a DER ECDSA-Sig-Value; fails for values longer than 32 bytes. */
	public static byte[] fromDer(byte[] der) throws AtcacertException {
		try {
			DerNode seq = DerReader.parse(der);
			if (!seq.isUniversal(16) || seq.children().size() != 2 || !seq.child(0).isUniversal(2)
					|| !seq.child(1).isUniversal(2)) {
				throw new AtcacertException("signature is not an ECDSA SEQUENCE of two INTEGERs");
			}
			byte[] out = new byte[64];
			copyUnsigned(seq.child(0).value(), out, 0);
			copyUnsigned(seq.child(1).value(), out, 32);
			return out;
		} catch (DerFormatException e) {
			throw new AtcacertException("bad ECDSA signature: " + e.getMessage());
		}
	}

	/** BIT STRING (no unused bits) wrapping the DER signature: the X.509 signatureValue. */
	static byte[] toBitString(byte[] rs) {
		byte[] der = toDer(rs);
		byte[] out = new byte[der.length + 3];
		out[0] = 0x03;
		out[1] = (byte) (der.length + 1);
		out[2] = 0;
		System.arraycopy(der, 0, out, 3, der.length);
		return out;
	}

	private static void copyUnsigned(byte[] value, byte[] out, int at) throws AtcacertException {
		int start = 0;
		while (start < value.length - 1 && value[start] == 0) {
			start++;
		}
		int length = value.length - start;
		if (length > 32 || (value.length > 0 && (value[0] & 0x80) != 0)) {
			throw new AtcacertException("signature value is not a P-256 integer");
		}
		System.arraycopy(value, start, out, at + 32 - length, length);
	}

	private static byte[] integer(byte[] unsigned) {
		int start = 0;
		while (start < unsigned.length - 1 && unsigned[start] == 0) {
			start++;
		}
		boolean pad = (unsigned[start] & 0x80) != 0;
		int length = unsigned.length - start + (pad ? 1 : 0);
		byte[] out = new byte[length + 2];
		out[0] = 0x02;
		out[1] = (byte) length;
		System.arraycopy(unsigned, start, out, pad ? 3 : 2, unsigned.length - start);
		return out;
	}
}
