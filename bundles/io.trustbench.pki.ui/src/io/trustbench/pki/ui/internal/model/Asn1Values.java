package io.trustbench.pki.ui.internal.model;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;

import io.trustbench.pki.core.asn1.DerNode;
import io.trustbench.pki.core.asn1.OidNames;

/** Readable values of primitive DER elements for the ASN.1 tab, like openssl asn1parse prints them. */
final class Asn1Values {

	/** Longer values are cut in the tree; the hex pane shows all bytes. */
	static final int MAX_HEX_BYTES = 48;

	private Asn1Values() {
	}

	static String describe(DerNode node) {
		byte[] value = node.value();
		if (node.tagClass() != 0) {
			return printable(value) ? new String(value, StandardCharsets.ISO_8859_1) : hex(value);
		}
		try {
			return switch (node.tagNumber()) {
			case 1 -> value.length == 1 && value[0] != 0 ? "TRUE" : "FALSE";
			case 2, 10 -> integer(value);
			case 3 -> value.length == 0 ? "" : unusedBits(value[0] & 0xff)
					+ hex(java.util.Arrays.copyOfRange(value, 1, value.length));
			case 5 -> "";
			case 6 -> oid(node);
			case 12 -> new String(value, StandardCharsets.UTF_8);
			case 30 -> new String(value, StandardCharsets.UTF_16BE);
			case 18, 19, 20, 21, 22, 23, 24, 25, 26, 27 -> new String(value, StandardCharsets.ISO_8859_1);
			default -> hex(value);
			};
		} catch (RuntimeException e) {
			return hex(value);
		}
	}

	private static String integer(byte[] value) {
		if (value.length == 0) {
			return "";
		}
		BigInteger number = new BigInteger(value);
		return value.length <= 8 ? number + " (0x" + number.toString(16) + ")" : hex(value);
	}

	private static String oid(DerNode node) {
		String oid = ASN1ObjectIdentifier.getInstance(node.encoded()).getId();
		String name = OidNames.name(oid);
		return name.equals(oid) ? oid : name + " (" + oid + ")";
	}

	static String hex(byte[] value) {
		String hex = HexFormat.of().withUpperCase().formatHex(value, 0, Math.min(value.length, MAX_HEX_BYTES));
		return value.length > MAX_HEX_BYTES ? hex + "… (" + value.length + " bytes)" : hex;
	}

	private static boolean printable(byte[] value) {
		if (value.length == 0) {
			return false;
		}
		for (byte b : value) {
			if (b < 0x20 || b > 0x7e) {
				return false;
			}
		}
		return true;
	}

	private static String unusedBits(int bits) {
		return bits == 0 ? "" : org.eclipse.osgi.util.NLS.bind(Messages.Asn1Values_unusedBits, bits) + " ";
	}
}
