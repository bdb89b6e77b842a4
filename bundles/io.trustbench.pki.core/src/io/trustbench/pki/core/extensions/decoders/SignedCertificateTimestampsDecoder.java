package io.trustbench.pki.core.extensions.decoders;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.ASN1OctetString;

import io.trustbench.pki.core.extensions.ExtensionDecoder;

/**
 * 1.3.6.1.4.1.11129.2.4.2 (RFC 6962 §3.3): the TLS-encoded SignedCertificateTimestampList inside
 * an OCTET STRING. Every length is checked against what is left, so a bad list is an error.
 */
public final class SignedCertificateTimestampsDecoder implements ExtensionDecoder {

	@Override
	public String decode(byte[] value) {
		ByteBuffer in = ByteBuffer.wrap(ASN1OctetString.getInstance(value).getOctets());
		ByteBuffer list = slice(in, u16(in));
		List<String> lines = new ArrayList<>();
		while (list.hasRemaining()) {
			ByteBuffer sct = slice(list, u16(list));
			int version = u8(sct);
			lines.add("Signed Certificate Timestamp:");
			lines.add("  Version   : " + (version == 0 ? "v1 (0x0)" : "unknown (0x" + Integer.toHexString(version) + ")"));
			if (version != 0) {
				continue;
			}
			byte[] logId = bytes(sct, 32);
			lines.add("  Log ID    : " + Hex.colon(logId));
			long millis = sct.getLong();
			lines.add("  Timestamp : " + Instant.ofEpochMilli(millis));
			byte[] extensions = bytes(sct, u16(sct));
			lines.add("  Extensions: " + (extensions.length == 0 ? "none" : Hex.colon(extensions)));
			int hash = u8(sct);
			int signatureAlgorithm = u8(sct);
			lines.add("  Signature : " + algorithm(hash, signatureAlgorithm));
			lines.add("    " + Hex.colon(bytes(sct, u16(sct))));
		}
		return String.join("\n", lines);
	}

	private static String algorithm(int hash, int signature) {
		String h = switch (hash) {
		case 4 -> "SHA256";
		case 5 -> "SHA384";
		case 6 -> "SHA512";
		default -> "hash" + hash;
		};
		return switch (signature) {
		case 3 -> "ecdsa-with-" + h;
		case 1 -> h.toLowerCase() + "WithRSAEncryption";
		default -> h + "/sig" + signature;
		};
	}

	private static int u8(ByteBuffer in) {
		require(in, 1);
		return in.get() & 0xff;
	}

	private static int u16(ByteBuffer in) {
		require(in, 2);
		return in.getShort() & 0xffff;
	}

	private static byte[] bytes(ByteBuffer in, int n) {
		require(in, n);
		byte[] out = new byte[n];
		in.get(out);
		return out;
	}

	private static ByteBuffer slice(ByteBuffer in, int n) {
		return ByteBuffer.wrap(bytes(in, n));
	}

	private static void require(ByteBuffer in, int n) {
		if (in.remaining() < n) {
			throw new IllegalArgumentException("SCT list truncated: needs " + n + " bytes, " + in.remaining() + " left");
		}
	}
}
