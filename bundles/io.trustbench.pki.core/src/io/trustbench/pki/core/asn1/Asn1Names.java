package io.trustbench.pki.core.asn1;

/** Human names for ASN.1 tags, as openssl asn1parse and the inspector's ASN.1 tree show them. */
public final class Asn1Names {

	private static final String[] UNIVERSAL = { "EOC", "BOOLEAN", "INTEGER", "BIT STRING", "OCTET STRING", "NULL",
			"OBJECT", "ObjectDescriptor", "EXTERNAL", "REAL", "ENUMERATED", "EMBEDDED PDV", "UTF8STRING",
			"RELATIVE-OID", "TIME", "RESERVED", "SEQUENCE", "SET", "NUMERICSTRING", "PRINTABLESTRING", "T61STRING",
			"VIDEOTEXSTRING", "IA5STRING", "UTCTIME", "GENERALIZEDTIME", "GRAPHICSTRING", "VISIBLESTRING",
			"GENERALSTRING", "UNIVERSALSTRING", "CHARACTER STRING", "BMPSTRING" };

	private Asn1Names() {
	}

	public static String tagName(int tagClass, boolean constructed, int number) {
		return switch (tagClass) {
		case 0 -> number < UNIVERSAL.length ? UNIVERSAL[number] : "UNIVERSAL " + number;
		case 1 -> "[APPLICATION " + number + "]";
		case 2 -> "[" + number + "]";
		default -> "[PRIVATE " + number + "]";
		};
	}
}
