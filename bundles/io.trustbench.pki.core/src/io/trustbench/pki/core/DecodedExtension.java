package io.trustbench.pki.core;

/**
 * One extension of a certificate, decoded by the contributed decoder for its OID.
 *
 * @param name    display name; the OID itself when no decoder knows it
 * @param text    decoded value (lines separated by \n, nesting by two spaces), or the value's hex
 *                when there is no decoder or decoding failed
 * @param decoded true when a decoder produced {@code text}
 * @param problem why decoding failed, or null
 * @param offset  offset of the Extension SEQUENCE in the certificate DER
 * @param length  its total length
 * @param valueHex lowercase hex of the extnValue content
 */
public record DecodedExtension(String oid, String name, boolean critical, String text, boolean decoded,
		String problem, int offset, int length, String valueHex) {
}
