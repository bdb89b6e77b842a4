package io.trustbench.pki.core.asn1;

import java.util.HashMap;
import java.util.Map;

/**
 * Display names for the OIDs certificates use, worded as openssl prints them so that output can
 * be compared with {@code openssl x509 -text}. Unknown OIDs are shown as dotted numbers.
 */
public final class OidNames {

	private static final Map<String, String> LONG = new HashMap<>();
	private static final Map<String, String> SHORT = new HashMap<>();

	static {
		// signature and key algorithms
		LONG.put("1.2.840.10045.4.3.1", "ecdsa-with-SHA224");
		LONG.put("1.2.840.10045.4.3.2", "ecdsa-with-SHA256");
		LONG.put("1.2.840.10045.4.3.3", "ecdsa-with-SHA384");
		LONG.put("1.2.840.10045.4.3.4", "ecdsa-with-SHA512");
		LONG.put("1.2.840.10045.4.1", "ecdsa-with-SHA1");
		LONG.put("1.2.840.113549.1.1.1", "rsaEncryption");
		LONG.put("1.2.840.113549.1.1.4", "md5WithRSAEncryption");
		LONG.put("1.2.840.113549.1.1.5", "sha1WithRSAEncryption");
		LONG.put("1.2.840.113549.1.1.10", "rsassaPss");
		LONG.put("1.2.840.113549.1.1.11", "sha256WithRSAEncryption");
		LONG.put("1.2.840.113549.1.1.12", "sha384WithRSAEncryption");
		LONG.put("1.2.840.113549.1.1.13", "sha512WithRSAEncryption");
		LONG.put("1.2.840.113549.1.1.14", "sha224WithRSAEncryption");
		LONG.put("1.2.840.10045.2.1", "id-ecPublicKey");
		LONG.put("1.2.840.10040.4.1", "dsaEncryption");
		LONG.put("1.2.840.10040.4.3", "dsa_with_SHA1");
		LONG.put("2.16.840.1.101.3.4.3.2", "dsa_with_SHA256");
		LONG.put("1.3.101.112", "ED25519");
		LONG.put("1.3.101.113", "ED448");
		LONG.put("1.3.101.110", "X25519");
		LONG.put("1.3.101.111", "X448");
		// curves
		LONG.put("1.2.840.10045.3.1.7", "prime256v1");
		LONG.put("1.3.132.0.34", "secp384r1");
		LONG.put("1.3.132.0.35", "secp521r1");
		LONG.put("1.3.132.0.10", "secp256k1");
		LONG.put("1.2.840.10045.3.1.1", "prime192v1");
		LONG.put("1.3.132.0.33", "secp224r1");
		// extended key usages
		LONG.put("1.3.6.1.5.5.7.3.1", "TLS Web Server Authentication");
		LONG.put("1.3.6.1.5.5.7.3.2", "TLS Web Client Authentication");
		LONG.put("1.3.6.1.5.5.7.3.3", "Code Signing");
		LONG.put("1.3.6.1.5.5.7.3.4", "E-mail Protection");
		LONG.put("1.3.6.1.5.5.7.3.5", "IPSec End System");
		LONG.put("1.3.6.1.5.5.7.3.6", "IPSec Tunnel");
		LONG.put("1.3.6.1.5.5.7.3.7", "IPSec User");
		LONG.put("1.3.6.1.5.5.7.3.8", "Time Stamping");
		LONG.put("1.3.6.1.5.5.7.3.9", "OCSP Signing");
		LONG.put("1.3.6.1.5.5.7.3.17", "ipsec Internet Key Exchange");
		LONG.put("2.5.29.37.0", "Any Extended Key Usage");
		LONG.put("1.3.6.1.4.1.311.20.2.2", "Microsoft Smartcard Login");
		LONG.put("1.3.6.1.4.1.311.10.3.3", "Microsoft Server Gated Crypto");
		LONG.put("1.3.6.1.4.1.311.10.3.4", "Microsoft Encrypted File System");
		LONG.put("2.16.840.1.113730.4.1", "Netscape Server Gated Crypto");
		LONG.put("1.3.6.1.5.2.3.4", "PKINIT Client Auth");
		LONG.put("1.3.6.1.5.2.3.5", "Signing KDC Response");
		// access methods and policies
		LONG.put("1.3.6.1.5.5.7.48.1", "OCSP");
		LONG.put("1.3.6.1.5.5.7.48.2", "CA Issuers");
		LONG.put("1.3.6.1.5.5.7.48.3", "Time Stamping");
		LONG.put("1.3.6.1.5.5.7.48.5", "CA Repository");
		LONG.put("1.3.6.1.5.5.7.48.10", "Signed Object Repository");
		LONG.put("2.5.29.32.0", "X509v3 Any Policy");
		LONG.put("1.3.6.1.5.5.7.2.1", "Policy Qualifier CPS");
		LONG.put("1.3.6.1.5.5.7.2.2", "Policy Qualifier User Notice");
		LONG.put("1.3.6.1.4.1.311.20.2.3", "Microsoft User Principal Name");
		// name attributes: openssl short names for DirName:/C=…/CN=…
		SHORT.put("2.5.4.3", "CN");
		SHORT.put("2.5.4.4", "SN");
		SHORT.put("2.5.4.5", "serialNumber");
		SHORT.put("2.5.4.6", "C");
		SHORT.put("2.5.4.7", "L");
		SHORT.put("2.5.4.8", "ST");
		SHORT.put("2.5.4.9", "street");
		SHORT.put("2.5.4.10", "O");
		SHORT.put("2.5.4.11", "OU");
		SHORT.put("2.5.4.12", "title");
		SHORT.put("2.5.4.15", "businessCategory");
		SHORT.put("2.5.4.17", "postalCode");
		SHORT.put("2.5.4.42", "GN");
		SHORT.put("2.5.4.43", "initials");
		SHORT.put("2.5.4.46", "dnQualifier");
		SHORT.put("2.5.4.65", "pseudonym");
		SHORT.put("2.5.4.97", "organizationIdentifier");
		SHORT.put("1.2.840.113549.1.9.1", "emailAddress");
		SHORT.put("0.9.2342.19200300.100.1.25", "DC");
		SHORT.put("0.9.2342.19200300.100.1.1", "UID");
		SHORT.put("1.3.6.1.4.1.311.60.2.1.3", "jurisdictionC");
	}

	private OidNames() {
	}

	/** openssl's long name, or the dotted OID. */
	public static String name(String oid) {
		return LONG.getOrDefault(oid, oid);
	}

	/** True when a name is known. */
	public static boolean isKnown(String oid) {
		return LONG.containsKey(oid);
	}

	/** openssl's short attribute name (CN, O, …), or the dotted OID. */
	public static String attribute(String oid) {
		return SHORT.getOrDefault(oid, oid);
	}
}
