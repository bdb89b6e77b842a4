package io.trustbench.pki.core.extensions;

/**
 * Decodes the value of one X.509 extension (the DER inside extnValue) into the text a security
 * engineer expects, worded like {@code openssl x509 -text}. One class per extension, contributed
 * to {@code io.trustbench.pki.core.extensionDecoders}; the OID and display name come from the
 * contribution. Throw any exception for a value that does not decode: the caller shows the
 * problem and the hex instead, so a buggy decoder never breaks a certificate view.
 */
public interface ExtensionDecoder {

	/**
	 * @param value the extension value (content of the extnValue OCTET STRING)
	 * @return one or more lines, without indentation of the first level; nested lines may be
	 *         indented by two spaces per level
	 */
	String decode(byte[] value) throws Exception;
}
